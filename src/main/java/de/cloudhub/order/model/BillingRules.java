package de.cloudhub.order.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Billing: an existing profile id, or a new profile whose fields are trimmed, length-limited and
 * free of control characters; country ISO 3166 alpha-2; VAT id in its EU format with the country's
 * prefix (Greece uses EL); postal codes in the country's format where we know it (Germany: 5 digits).
 */
public final class BillingRules {
    public static final String FIELD = "billing";
    public static final String PROFILE_ID_FIELD = "billing.profileId";
    public static final String NEW_PROFILE_PREFIX = "billing.newProfile.";

    public static final int PROFILE_ID_MAX = 64;
    public static final int COMPANY_MAX = 100;
    public static final int STREET_MAX = 100;
    public static final int POSTAL_CODE_MAX = 10;
    public static final int CITY_MAX = 64;
    public static final int EMAIL_MAX = 254;
    public static final int CONTACT_NAME_MAX = 100;
    public static final int VAT_ID_MAX = 20;

    public static final String REQUIRED = "billing.required";
    public static final String BOTH = "billing.both";
    public static final String PROFILE_ID_REQUIRED = "billing.profileId.required";
    public static final String PROFILE_ID_TOO_LONG = "billing.profileId.tooLong";
    public static final String PROFILE_ID_CONTROL = "billing.profileId.controlChars";
    public static final String POSTAL_CODE_FORMAT = "billing.postalCode.format";
    public static final String COUNTRY_INVALID = "billing.country.invalid";
    public static final String EMAIL_INVALID = "billing.email.invalid";
    public static final String VAT_COUNTRY_NOT_EU = "billing.vatId.countryNotEu";
    public static final String VAT_PREFIX_MISSING = "billing.vatId.prefixMissing";
    public static final String VAT_COUNTRY_MISMATCH = "billing.vatId.countryMismatch";
    public static final String VAT_UNKNOWN_PREFIX = "billing.vatId.unknownPrefix";
    public static final String VAT_FORMAT = "billing.vatId.format";

    /** The fields of a new profile, with their limits and whether they must be filled. */
    private enum Field {
        COMPANY("company", COMPANY_MAX, true),
        STREET("street", STREET_MAX, true),
        POSTAL_CODE("postalCode", POSTAL_CODE_MAX, true),
        CITY("city", CITY_MAX, true),
        COUNTRY("country", 64, true),
        EMAIL("email", EMAIL_MAX, true),
        CONTACT_NAME("contactName", CONTACT_NAME_MAX, false),
        VAT_ID("vatId", VAT_ID_MAX, false);

        final String name;
        final int max;
        final boolean required;

        Field(String name, int max, boolean required) {
            this.name = name;
            this.max = max;
            this.required = required;
        }

        String path() {
            return NEW_PROFILE_PREFIX + name;
        }

        String requiredCode() {
            return "billing." + name + ".required";
        }

        String tooLongCode() {
            return "billing." + name + ".tooLong";
        }

        String controlCode() {
            return "billing." + name + ".controlChars";
        }
    }

    /** Every code {@link #validate} can produce. */
    public static final List<String> CODES = codes();

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** EU VAT ids as VIES checks their shape: prefix and pattern after the prefix, plus an example. */
    private record VatFormat(String prefix, Pattern pattern, String example) {
    }

    private static final Map<String, VatFormat> VAT_BY_COUNTRY = Map.ofEntries(
            vat("AT", "AT", "U\\d{8}", "ATU12345678"),
            vat("BE", "BE", "[01]\\d{9}", "BE0123456789"),
            vat("BG", "BG", "\\d{9,10}", "BG123456789"),
            vat("CY", "CY", "\\d{8}[A-Z]", "CY12345678X"),
            vat("CZ", "CZ", "\\d{8,10}", "CZ12345678"),
            vat("DE", "DE", "\\d{9}", "DE123456789"),
            vat("DK", "DK", "\\d{8}", "DK12345678"),
            vat("EE", "EE", "\\d{9}", "EE123456789"),
            vat("GR", "EL", "\\d{9}", "EL123456789"),
            vat("ES", "ES", "[A-Z0-9]\\d{7}[A-Z0-9]", "ESX1234567X"),
            vat("FI", "FI", "\\d{8}", "FI12345678"),
            vat("FR", "FR", "[A-HJ-NP-Z0-9]{2}\\d{9}", "FR12345678901"),
            vat("HR", "HR", "\\d{11}", "HR12345678901"),
            vat("HU", "HU", "\\d{8}", "HU12345678"),
            vat("IE", "IE", "\\d[A-Z0-9+*]\\d{5}[A-W][A-I]?", "IE1234567WA"),
            vat("IT", "IT", "\\d{11}", "IT12345678901"),
            vat("LT", "LT", "\\d{9}|\\d{12}", "LT123456789"),
            vat("LU", "LU", "\\d{8}", "LU12345678"),
            vat("LV", "LV", "\\d{11}", "LV12345678901"),
            vat("MT", "MT", "\\d{8}", "MT12345678"),
            vat("NL", "NL", "\\d{9}B\\d{2}", "NL123456789B01"),
            vat("PL", "PL", "\\d{10}", "PL1234567890"),
            vat("PT", "PT", "\\d{9}", "PT123456789"),
            vat("RO", "RO", "[1-9]\\d{1,9}", "RO1234567890"),
            vat("SE", "SE", "\\d{10}01", "SE123456789001"),
            vat("SI", "SI", "\\d{8}", "SI12345678"),
            vat("SK", "SK", "\\d{10}", "SK1234567890"));

    private static final Map<String, VatFormat> VAT_BY_PREFIX = VAT_BY_COUNTRY.values().stream()
            .collect(Collectors.toUnmodifiableMap(VatFormat::prefix, f -> f));

    /** Postal code shapes of the countries we know, with an example; other countries get a loose check. */
    private record PostalFormat(Pattern pattern, String example) {
    }

    private static final Map<String, PostalFormat> POSTAL_BY_COUNTRY = Map.ofEntries(
            postal("DE", "\\d{5}", "10115"),
            postal("AT", "\\d{4}", "1010"),
            postal("CH", "\\d{4}", "8001"),
            postal("LI", "\\d{4}", "9490"),
            postal("BE", "\\d{4}", "1000"),
            postal("DK", "\\d{4}", "1050"),
            postal("LU", "(L-)?\\d{4}", "1009"),
            postal("NL", "\\d{4} ?[A-Z]{2}", "1011 AB"),
            postal("FR", "\\d{5}", "75001"),
            postal("IT", "\\d{5}", "00118"),
            postal("ES", "\\d{5}", "28001"),
            postal("FI", "\\d{5}", "00100"),
            postal("PL", "\\d{2}-\\d{3}", "00-001"),
            postal("CZ", "\\d{3} ?\\d{2}", "110 00"),
            postal("SK", "\\d{3} ?\\d{2}", "811 01"),
            postal("SE", "\\d{3} ?\\d{2}", "111 22"),
            postal("PT", "\\d{4}-\\d{3}", "1000-001"));

    private static final Pattern POSTAL_GENERIC = Pattern.compile("[A-Z0-9][A-Z0-9 -]{1,9}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
                    + "([A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})");
    private static final Pattern VAT_SEPARATORS = Pattern.compile("[\\s.\\-]");

    /** The seller's country: its own customers always pay its VAT. */
    public static final String SELLER_COUNTRY = "DE";

    private BillingRules() {
    }

    /** Problems of fields {@code billing}, {@code billing.profileId}, {@code billing.newProfile.<name>}. */
    public static List<Problem> validate(BillingChoice billing) {
        boolean hasProfileId = billing != null && billing.profileId() != null;
        boolean hasNewProfile = billing != null && billing.newProfile() != null;
        if (!hasProfileId && !hasNewProfile) {
            return List.of(Problem.error(FIELD, REQUIRED));
        }
        if (hasProfileId && hasNewProfile) {
            return List.of(Problem.error(FIELD, BOTH));
        }
        if (hasNewProfile) {
            return validateNewProfile(billing.newProfile());
        }
        List<Problem> problems = new ArrayList<>();
        String id = Text.trim(billing.profileId());
        if (id.isEmpty()) {
            problems.add(Problem.error(PROFILE_ID_FIELD, PROFILE_ID_REQUIRED));
        } else {
            if (Text.length(id) > PROFILE_ID_MAX) {
                problems.add(Problem.error(PROFILE_ID_FIELD, PROFILE_ID_TOO_LONG, PROFILE_ID_MAX, Text.length(id)));
            }
            if (Text.hasNonPrintable(id)) {
                problems.add(Problem.error(PROFILE_ID_FIELD, PROFILE_ID_CONTROL));
            }
        }
        return problems;
    }

    /** Problems of field {@code billing.newProfile.<name>} for the new-profile form. */
    public static List<Problem> validateNewProfile(NewBillingProfile profile) {
        List<Problem> problems = new ArrayList<>();
        NewBillingProfile p = profile == null
                ? new NewBillingProfile(null, null, null, null, null, null, null, null) : profile;
        basic(Field.COMPANY, p.company(), problems);
        basic(Field.STREET, p.street(), problems);
        basic(Field.CITY, p.city(), problems);
        basic(Field.CONTACT_NAME, p.contactName(), problems);

        String country = basic(Field.COUNTRY, p.country(), problems) ? upper(p.country()) : null;
        if (country != null && !COUNTRIES.contains(country)) {
            problems.add(Problem.error(Field.COUNTRY.path(), COUNTRY_INVALID, country));
            country = null;
        }
        if (basic(Field.POSTAL_CODE, p.postalCode(), problems)) {
            checkPostalCode(upper(p.postalCode()), country, problems);
        }
        if (basic(Field.EMAIL, p.email(), problems)) {
            String email = Text.trim(p.email());
            if (!isEmail(email)) {
                problems.add(Problem.error(Field.EMAIL.path(), EMAIL_INVALID, email));
            }
        }
        if (basic(Field.VAT_ID, p.vatId(), problems)) {
            checkVatId(normalizeVatId(p.vatId()), country, problems);
        }
        return problems;
    }

    /** The profile as it should be sent: trimmed, country and VAT id upper-case, VAT id without separators. */
    public static NewBillingProfile normalize(NewBillingProfile p) {
        return new NewBillingProfile(blankToNull(p.company()), blankToNull(p.street()), blankToNull(upper(p.postalCode())),
                blankToNull(p.city()), blankToNull(upper(p.country())), blankToNull(p.email()),
                blankToNull(p.contactName()), blankToNull(p.vatId() == null ? null : normalizeVatId(p.vatId())));
    }

    /** True for an address of a sane shape: local part, @, a domain with a top-level label. */
    public static boolean isEmail(String email) {
        if (email == null || email.length() > EMAIL_MAX) {
            return false;
        }
        int at = email.lastIndexOf('@');
        return at > 0 && at <= 64 && EMAIL.matcher(email).matches();
    }

    /**
     * Reverse charge (Art. 196 of the EU VAT directive, § 13b UStG): a business customer in another
     * EU member state than the seller's, with a VAT id of that state in a valid format, is billed
     * net with VAT 0; the invoice says "Steuerschuldnerschaft des Leistungsempfängers". Everyone
     * else (German customers, customers without a VAT id, customers outside the EU) pays VAT.
     */
    public static boolean isReverseCharge(String country, String vatId) {
        String c = upper(country);
        if (c == null || c.isEmpty() || SELLER_COUNTRY.equals(c) || vatId == null || vatId.isBlank()) {
            return false;
        }
        VatFormat format = VAT_BY_COUNTRY.get(c);
        if (format == null || Text.hasNonPrintable(vatId) || Text.length(vatId.strip()) > VAT_ID_MAX) {
            return false;
        }
        String id = normalizeVatId(vatId);
        return id.startsWith(format.prefix()) && format.pattern().matcher(id.substring(2)).matches();
    }

    /** {@link #isReverseCharge(String, String)} for the billing of an order: a new profile as typed, or an existing one. */
    public static boolean isReverseCharge(BillingChoice billing, BillingProfile existing) {
        if (billing == null) {
            return false;
        }
        if (billing.newProfile() != null) {
            return billing.profileId() == null
                    && isReverseCharge(billing.newProfile().country(), billing.newProfile().vatId());
        }
        return existing != null && existing.id() != null && existing.id().equals(billing.profileId())
                && isReverseCharge(existing.country(), existing.vatId());
    }

    /** The VAT id prefix of a country: its ISO code, except EL for Greece; null outside the EU. */
    public static String vatPrefix(String country) {
        VatFormat format = country == null ? null : VAT_BY_COUNTRY.get(country.toUpperCase(Locale.ROOT));
        return format == null ? null : format.prefix();
    }

    /**
     * Presence, length and printable checks shared by all fields.
     * @return true when the field has a value worth checking further
     */
    private static boolean basic(Field field, String raw, List<Problem> problems) {
        String value = Text.trim(raw);
        if (value == null || value.isEmpty()) {
            if (field.required) {
                problems.add(Problem.error(field.path(), field.requiredCode()));
            }
            return false;
        }
        boolean ok = true;
        int length = Text.length(value);
        if (length > field.max) {
            problems.add(Problem.error(field.path(), field.tooLongCode(), field.max, length));
            ok = false;
        }
        if (Text.hasNonPrintable(value)) {
            problems.add(Problem.error(field.path(), field.controlCode()));
            ok = false;
        }
        return ok;
    }

    private static void checkPostalCode(String postalCode, String country, List<Problem> problems) {
        PostalFormat format = country == null ? null : POSTAL_BY_COUNTRY.get(country);
        boolean valid = format == null
                ? POSTAL_GENERIC.matcher(postalCode).matches()
                : format.pattern().matcher(postalCode).matches();
        if (!valid) {
            String example = format == null ? "12345" : format.example();
            problems.add(Problem.error(Field.POSTAL_CODE.path(), POSTAL_CODE_FORMAT, postalCode, example));
        }
    }

    private static void checkVatId(String vatId, String country, List<Problem> problems) {
        String path = Field.VAT_ID.path();
        VatFormat expected = country == null ? null : VAT_BY_COUNTRY.get(country);
        if (country != null && expected == null) {
            problems.add(Problem.error(path, VAT_COUNTRY_NOT_EU, country));
            return;
        }
        String prefix = vatId.length() >= 2 ? vatId.substring(0, 2) : vatId;
        if (!prefix.chars().allMatch(c -> c >= 'A' && c <= 'Z') || prefix.length() < 2) {
            if (expected != null) {
                problems.add(Problem.error(path, VAT_PREFIX_MISSING, vatId, expected.prefix(), expected.example()));
            } else {
                problems.add(Problem.error(path, VAT_UNKNOWN_PREFIX, vatId));
            }
            return;
        }
        VatFormat byPrefix = VAT_BY_PREFIX.get(prefix);
        if (expected != null && !expected.prefix().equals(prefix)) {
            problems.add(Problem.error(path, VAT_COUNTRY_MISMATCH, vatId, prefix, expected.prefix(), country));
            return;
        }
        if (byPrefix == null) {
            problems.add(Problem.error(path, VAT_UNKNOWN_PREFIX, vatId));
            return;
        }
        if (!byPrefix.pattern().matcher(vatId.substring(2)).matches()) {
            problems.add(Problem.error(path, VAT_FORMAT, vatId, byPrefix.example()));
        }
    }

    private static String normalizeVatId(String raw) {
        return VAT_SEPARATORS.matcher(raw).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        String trimmed = Text.trim(value);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }

    private static Map.Entry<String, VatFormat> vat(String country, String prefix, String regex, String example) {
        return Map.entry(country, new VatFormat(prefix, Pattern.compile(regex), example));
    }

    private static Map.Entry<String, PostalFormat> postal(String country, String regex, String example) {
        return Map.entry(country, new PostalFormat(Pattern.compile(regex), example));
    }

    private static List<String> codes() {
        List<String> codes = new ArrayList<>(List.of(REQUIRED, BOTH, PROFILE_ID_REQUIRED, PROFILE_ID_TOO_LONG,
                PROFILE_ID_CONTROL, POSTAL_CODE_FORMAT, COUNTRY_INVALID, EMAIL_INVALID, VAT_COUNTRY_NOT_EU,
                VAT_PREFIX_MISSING, VAT_COUNTRY_MISMATCH, VAT_UNKNOWN_PREFIX, VAT_FORMAT));
        Arrays.stream(Field.values()).forEach(f -> {
            if (f.required) {
                codes.add(f.requiredCode());
            }
            codes.add(f.tooLongCode());
            codes.add(f.controlCode());
        });
        return List.copyOf(codes);
    }
}
