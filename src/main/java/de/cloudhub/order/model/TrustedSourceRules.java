package de.cloudhub.order.model;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules for the trusted sources of an order: which addresses may reach the service. Every entry is
 * parsed with IPAddress; single addresses become /32 or /128, host bits are cleared with a notice,
 * and anything that could never reach a service on a public address is an error.
 */
public final class TrustedSourceRules {
    public static final String FIELD = "trustedSources";
    /** Longer than any address with prefix (an IPv6 address with embedded IPv4 and /128 has 49). */
    public static final int MAX_INPUT_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 64;
    /** IPv4 ranges with a shorter prefix than this get a warning. */
    public static final int BROAD_IPV4_PREFIX = 16;
    /** IPv6 ranges with a shorter prefix than this get a warning. */
    public static final int BROAD_IPV6_PREFIX = 48;

    public static final String REQUIRED = "trustedSources.required";
    public static final String TOO_MANY = "trustedSources.tooMany";
    public static final String EMPTY = "trustedSource.empty";
    public static final String TOO_LONG = "trustedSource.tooLong";
    public static final String INVALID = "trustedSource.invalid";
    public static final String HOSTNAME = "trustedSource.hostname";
    public static final String PREFIX_INVALID = "trustedSource.prefixInvalid";
    public static final String HOST_BITS = "trustedSource.hostBitsNormalized";
    public static final String PRIVATE = "trustedSource.private";
    public static final String LOOPBACK = "trustedSource.loopback";
    public static final String LINK_LOCAL = "trustedSource.linkLocal";
    public static final String SHARED = "trustedSource.sharedAddressSpace";
    public static final String MULTICAST = "trustedSource.multicast";
    public static final String UNSPECIFIED = "trustedSource.unspecified";
    public static final String BROADCAST = "trustedSource.broadcast";
    public static final String DOCUMENTATION = "trustedSource.documentation";
    public static final String RESERVED = "trustedSource.reserved";
    public static final String NOT_GLOBAL_IPV6 = "trustedSource.notGlobalIpv6";
    public static final String OVERLAPS_NON_PUBLIC = "trustedSource.overlapsNonPublic";
    public static final String ALL_ADDRESSES = "trustedSource.allAddresses";
    public static final String ALL_ADDRESSES_CONFIRMED = "trustedSource.allAddressesConfirmed";
    public static final String BROAD = "trustedSource.broad";
    public static final String DUPLICATE = "trustedSource.duplicate";
    public static final String CONTAINED = "trustedSource.contained";
    public static final String DESCRIPTION_TOO_LONG = "trustedSource.description.tooLong";
    public static final String DESCRIPTION_NON_PRINTABLE = "trustedSource.description.controlChars";

    /** Every code {@link #check} can produce. */
    public static final List<String> CODES = List.of(REQUIRED, TOO_MANY, EMPTY, TOO_LONG, INVALID, HOSTNAME,
            PREFIX_INVALID, HOST_BITS, PRIVATE, LOOPBACK, LINK_LOCAL, SHARED, MULTICAST, UNSPECIFIED, BROADCAST,
            DOCUMENTATION, RESERVED, NOT_GLOBAL_IPV6, OVERLAPS_NON_PUBLIC, ALL_ADDRESSES, ALL_ADDRESSES_CONFIRMED,
            BROAD, DUPLICATE, CONTAINED, DESCRIPTION_TOO_LONG, DESCRIPTION_NON_PRINTABLE);

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false)
            .allowAll(false)
            .allowSingleSegment(false)
            .allowPrefixOnly(false)
            .allowMask(false)
            .allowWildcardedSeparator(false)
            .setRangeOptions(RangeParameters.NO_RANGE)
            .allow_inet_aton(false)
            .getIPv4AddressParametersBuilder()
                .allowLeadingZeros(false)
                .allowPrefixesBeyondAddressSize(false)
                .allowBinary(false)
                .getParentBuilder()
            .getIPv6AddressParametersBuilder()
                .allowZone(false)
                .allowBase85(false)
                .allowBinary(false)
                .allowPrefixesBeyondAddressSize(false)
                .getParentBuilder()
            .toParams();

    private static final Pattern HOST_NAME =
            Pattern.compile("(?i)(?=.*[g-z_])[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\\.?");
    private static final Pattern PREFIX_SUFFIX = Pattern.compile("(.*)/(\\d{1,9})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private TrustedSourceRules() {
    }

    /**
     * Every problem of the list at once and one normalised entry per input, in the same order.
     * {@code allowAllAddresses} is the explicit confirmation that makes {@code /0} a warning.
     */
    public static TrustedSourceCheck check(List<TrustedSource> sources, boolean allowAllAddresses, int maxEntries) {
        List<TrustedSource> list = sources == null ? List.of() : sources;
        List<Problem> problems = new ArrayList<>();
        if (list.isEmpty()) {
            problems.add(Problem.error(FIELD, REQUIRED));
        } else if (list.size() > maxEntries) {
            problems.add(Problem.error(FIELD, TOO_MANY, maxEntries, list.size()));
        }
        List<NormalizedSource> entries = new ArrayList<>(list.size());
        List<IPAddress> blocks = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            TrustedSource source = list.get(i);
            String cidrField = FIELD + "[" + i + "].cidr";
            String input = source == null ? null : source.cidr();
            IPAddress block = checkAddress(input, cidrField, allowAllAddresses, problems);
            String description = checkDescription(source == null ? null : source.description(),
                    FIELD + "[" + i + "].description", problems);
            blocks.add(block);
            entries.add(new NormalizedSource(input,
                    block == null ? null : block.toCanonicalString(),
                    block == null ? null : block.getCount(),
                    description));
        }
        checkOverlaps(blocks, problems);
        return new TrustedSourceCheck(problems, entries);
    }

    /** Checks a single entry as typed, e.g. while the user edits one row; field {@code trustedSources[index].cidr}. */
    public static NormalizedSource checkOne(String input, int index, boolean allowAllAddresses, List<Problem> problems) {
        IPAddress block = checkAddress(input, FIELD + "[" + index + "].cidr", allowAllAddresses, problems);
        return new NormalizedSource(input, block == null ? null : block.toCanonicalString(),
                block == null ? null : block.getCount(), null);
    }

    /** Splits pasted text (lines, commas, semicolons, blanks) into the single entries typed. */
    public static List<String> splitInput(String pasted) {
        if (pasted == null || pasted.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SEPARATORS.split(pasted.strip()))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The normalised block, or null when the entry is not a usable address; problems added either way. */
    private static IPAddress checkAddress(String rawInput, String field, boolean allowAll, List<Problem> problems) {
        if (rawInput == null || rawInput.isBlank()) {
            problems.add(Problem.error(field, EMPTY));
            return null;
        }
        String input = rawInput.strip();
        if (input.length() > MAX_INPUT_LENGTH) {
            problems.add(Problem.error(field, TOO_LONG, MAX_INPUT_LENGTH, input.length()));
            return null;
        }
        IPAddress address = new IPAddressString(input, STRICT).getAddress();
        if (address == null) {
            problems.add(unparseable(input, field));
            return null;
        }
        Integer prefix = address.getNetworkPrefixLength();
        int prefixLength = prefix == null ? address.getBitCount() : prefix;
        IPAddress block = address.toPrefixBlock(prefixLength);
        String cidr = block.toCanonicalString();
        if (prefix != null && !address.getLower().withoutPrefixLength().equals(block.getLower().withoutPrefixLength())) {
            problems.add(Problem.notice(field, HOST_BITS, input, cidr, block.getCount()));
        }
        if (prefixLength == 0) {
            problems.add(allAddresses(field, cidr, allowAll));
            return block;
        }
        if (!addNonPublic(block, field, cidr, problems)
                && prefixLength < (block.isIPv4() ? BROAD_IPV4_PREFIX : BROAD_IPV6_PREFIX)) {
            problems.add(Problem.warning(field, BROAD, cidr, block.getCount()));
        }
        return block;
    }

    private static Problem allAddresses(String field, String cidr, boolean allowAll) {
        return allowAll
                ? Problem.warning(field, ALL_ADDRESSES_CONFIRMED, cidr)
                : Problem.error(field, ALL_ADDRESSES, cidr);
    }

    /**
     * Adds at most one error: the entry lies in, or covers part of, a block that is not globally
     * reachable ({@link SpecialAddresses}, after the IANA special-purpose registries).
     */
    private static boolean addNonPublic(IPAddress block, String field, String cidr, List<Problem> problems) {
        var containing = SpecialAddresses.containing(block);
        if (containing.isPresent() && !containing.get().reachable()) {
            problems.add(Problem.error(field, containing.get().code(), cidr,
                    containing.get().block().toCanonicalString()));
            return true;
        }
        var inside = SpecialAddresses.unreachableInside(block);
        if (inside.isPresent()) {
            problems.add(Problem.error(field, OVERLAPS_NON_PUBLIC, cidr, inside.get().block().toCanonicalString()));
            return true;
        }
        if (block.isIPv6() && containing.isEmpty() && !SpecialAddresses.IPV6_GLOBAL_UNICAST.contains(block)) {
            problems.add(Problem.error(field, NOT_GLOBAL_IPV6, cidr,
                    SpecialAddresses.IPV6_GLOBAL_UNICAST.toCanonicalString()));
            return true;
        }
        return false;
    }

    private static Problem unparseable(String input, String field) {
        String shown = shorten(input);
        var withPrefix = PREFIX_SUFFIX.matcher(input);
        if (withPrefix.matches()) {
            IPAddress base = new IPAddressString(withPrefix.group(1), STRICT).getAddress();
            if (base != null && base.getNetworkPrefixLength() == null) {
                return Problem.error(field, PREFIX_INVALID, shown, base.getBitCount());
            }
        }
        if (HOST_NAME.matcher(input).matches()) {
            return Problem.error(field, HOSTNAME, shown);
        }
        return Problem.error(field, INVALID, shown);
    }

    private static String shorten(String input) {
        return input.length() <= 50 ? input : input.substring(0, 47) + "…";
    }

    private static String checkDescription(String raw, String field, List<Problem> problems) {
        String description = Text.trim(raw);
        if (description == null || description.isEmpty()) {
            return null;
        }
        int length = Text.length(description);
        if (length > MAX_DESCRIPTION_LENGTH) {
            problems.add(Problem.error(field, DESCRIPTION_TOO_LONG, MAX_DESCRIPTION_LENGTH, length));
        }
        if (Text.hasNonPrintable(description)) {
            problems.add(Problem.error(field, DESCRIPTION_NON_PRINTABLE));
        }
        return description;
    }

    /** Duplicates and entries inside another entry: warnings on the later or the narrower entry. */
    private static void checkOverlaps(List<IPAddress> blocks, List<Problem> problems) {
        List<AddressBounds> bounds = blocks.stream().map(b -> b == null ? null : AddressBounds.of(b)).toList();
        for (int i = 0; i < blocks.size(); i++) {
            AddressBounds block = bounds.get(i);
            if (block == null) {
                continue;
            }
            String field = FIELD + "[" + i + "].cidr";
            for (int j = 0; j < blocks.size(); j++) {
                AddressBounds other = bounds.get(j);
                if (j == i || other == null || !other.contains(block)) {
                    continue;
                }
                if (other.equals(block)) {
                    if (j < i) {
                        problems.add(Problem.warning(field, DUPLICATE, blocks.get(i).toCanonicalString(), j + 1));
                        break;
                    }
                } else {
                    problems.add(Problem.warning(field, CONTAINED, blocks.get(i).toCanonicalString(),
                            blocks.get(j).toCanonicalString(), j + 1));
                    break;
                }
            }
        }
    }

    /**
     * The list with neighbouring and overlapping entries combined into as few ranges as possible that
     * allow exactly the addresses the combined entries allow, never one more (IPAddress
     * {@code mergeToPrefixBlocks}). Each range takes the place of its first entry and the distinct
     * descriptions of its entries; entries with an error, and {@code /0}, stay as they are. The
     * same list when nothing can be combined.
     */
    public static List<TrustedSource> mergeNeighbours(List<TrustedSource> sources) {
        List<IPAddress> blocks = new ArrayList<>(sources.size());
        List<IPAddress> mergeable = new ArrayList<>();
        for (TrustedSource source : sources) {
            List<Problem> problems = new ArrayList<>();
            IPAddress block = source == null ? null
                    : checkAddress(source.cidr(), FIELD, false, problems);
            boolean clean = block != null && problems.stream().noneMatch(Problem::isError);
            blocks.add(clean ? block : null);
            if (clean) {
                mergeable.add(block);
            }
        }
        if (mergeable.size() < 2) {
            return List.copyOf(sources);
        }
        IPAddress.DualIPv4Pv6Arrays merged = IPAddress.mergeToDualPrefixBlocks(mergeable.toArray(IPAddress[]::new));
        List<IPAddress> ranges = new ArrayList<>(Arrays.asList(merged.addressesIPv4));
        ranges.addAll(Arrays.asList(merged.addressesIPv6));
        if (ranges.size() >= mergeable.size()) {
            return List.copyOf(sources);
        }
        List<TrustedSource> result = new ArrayList<>();
        boolean[] placed = new boolean[ranges.size()];
        for (int i = 0; i < sources.size(); i++) {
            IPAddress block = blocks.get(i);
            if (block == null) {
                result.add(sources.get(i));
                continue;
            }
            int range = rangeOf(block, ranges);
            if (!placed[range]) {
                placed[range] = true;
                result.add(new TrustedSource(ranges.get(range).toCanonicalString(),
                        descriptionsWithin(ranges.get(range), sources, blocks)));
            }
        }
        return List.copyOf(result);
    }

    private static int rangeOf(IPAddress block, List<IPAddress> ranges) {
        for (int r = 0; r < ranges.size(); r++) {
            if (ranges.get(r).getIPVersion() == block.getIPVersion() && ranges.get(r).contains(block)) {
                return r;
            }
        }
        throw new IllegalStateException("A merged range must contain every entry merged: " + block);
    }

    private static String descriptionsWithin(IPAddress range, List<TrustedSource> sources, List<IPAddress> blocks) {
        List<String> descriptions = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            IPAddress block = blocks.get(i);
            String description = Text.trim(sources.get(i).description());
            if (block != null && block.getIPVersion() == range.getIPVersion() && range.contains(block)
                    && description != null && !description.isEmpty() && !descriptions.contains(description)) {
                descriptions.add(description);
            }
        }
        return descriptions.isEmpty() ? null : String.join(", ", descriptions);
    }

}
