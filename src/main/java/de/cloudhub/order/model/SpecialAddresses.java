package de.cloudhub.order.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which address blocks can reach a service on a public address: the IANA IPv4 and IPv6
 * Special-Purpose Address Registries (RFC 6890) with their "Globally Reachable" column, plus the
 * multicast and deprecated site-local blocks of the address-space registries, which the
 * special-purpose registries do not list.
 * <p>
 * The most specific block that contains an address decides, so a reachable block inside an
 * unreachable one wins (192.0.0.9/32 in 192.0.0.0/24, 2001:20::/28 in 2001::/23). "N/A" in the
 * registry (Teredo, 6to4, the deprecated blocks) counts as not reachable. An IPv6 address that no
 * block marks reachable must lie in the global unicast space 2000::/3.
 */
final class SpecialAddresses {
    /** One block and what it means for a trusted source: {@code code} is null for a reachable block. */
    record Block(IPAddress block, boolean reachable, String code, AddressBounds bounds) {
        Block(IPAddress block, boolean reachable, String code) {
            this(block, reachable, code, AddressBounds.of(block));
        }
    }

    /** The IPv6 space handed out for public unicast addresses (IANA IPv6 Address Space registry). */
    static final IPAddress IPV6_GLOBAL_UNICAST = parse("2000::/3");

    private static final String RESERVED = TrustedSourceRules.RESERVED;
    private static final String DOCUMENTATION = TrustedSourceRules.DOCUMENTATION;
    private static final String PRIVATE = TrustedSourceRules.PRIVATE;

    /** Most specific first, so that the first block containing an address is the one that decides. */
    private static final List<Block> BLOCKS = List.of(
            // IANA IPv4 Special-Purpose Address Registry
            no("0.0.0.0/8", RESERVED),
            no("0.0.0.0/32", TrustedSourceRules.UNSPECIFIED),
            no("10.0.0.0/8", PRIVATE),
            no("100.64.0.0/10", TrustedSourceRules.SHARED),
            no("127.0.0.0/8", TrustedSourceRules.LOOPBACK),
            no("169.254.0.0/16", TrustedSourceRules.LINK_LOCAL),
            no("172.16.0.0/12", PRIVATE),
            no("192.0.0.0/24", RESERVED),
            no("192.0.0.0/29", RESERVED),
            no("192.0.0.8/32", RESERVED),
            yes("192.0.0.9/32"),
            yes("192.0.0.10/32"),
            no("192.0.0.170/32", RESERVED),
            no("192.0.0.171/32", RESERVED),
            no("192.0.2.0/24", DOCUMENTATION),
            yes("192.31.196.0/24"),
            yes("192.52.193.0/24"),
            no("192.88.99.0/24", RESERVED),
            no("192.168.0.0/16", PRIVATE),
            yes("192.175.48.0/24"),
            no("198.18.0.0/15", RESERVED),
            no("198.51.100.0/24", DOCUMENTATION),
            no("203.0.113.0/24", DOCUMENTATION),
            no("240.0.0.0/4", RESERVED),
            no("255.255.255.255/32", TrustedSourceRules.BROADCAST),
            // IANA IPv4 Multicast Address Space registry
            no("224.0.0.0/4", TrustedSourceRules.MULTICAST),
            // IANA IPv6 Special-Purpose Address Registry
            no("::1/128", TrustedSourceRules.LOOPBACK),
            no("::/128", TrustedSourceRules.UNSPECIFIED),
            no("::ffff:0:0/96", RESERVED),
            yes("64:ff9b::/96"),
            no("64:ff9b:1::/48", RESERVED),
            no("100::/64", RESERVED),
            no("2001::/23", RESERVED),
            no("2001::/32", RESERVED),
            yes("2001:1::1/128"),
            yes("2001:1::2/128"),
            yes("2001:1::3/128"),
            no("2001:2::/48", RESERVED),
            yes("2001:3::/32"),
            yes("2001:4:112::/48"),
            no("2001:10::/28", RESERVED),
            yes("2001:20::/28"),
            yes("2001:30::/28"),
            no("2001:db8::/32", DOCUMENTATION),
            no("2002::/16", RESERVED),
            yes("2620:4f:8000::/48"),
            no("3fff::/20", DOCUMENTATION),
            no("5f00::/16", RESERVED),
            no("fc00::/7", PRIVATE),
            no("fe80::/10", TrustedSourceRules.LINK_LOCAL),
            // IANA IPv6 Address Space registry: deprecated site-local and multicast
            no("fec0::/10", RESERVED),
            no("ff00::/8", TrustedSourceRules.MULTICAST))
            .stream()
            .sorted(Comparator.comparing((Block b) -> b.block().getPrefixLength()).reversed())
            .toList();

    private SpecialAddresses() {
    }

    /** The most specific listed block that contains all of {@code block}, if any. */
    static Optional<Block> containing(IPAddress block) {
        AddressBounds bounds = AddressBounds.of(block);
        return BLOCKS.stream().filter(b -> b.bounds().contains(bounds)).findFirst();
    }

    /** The widest unreachable listed block that lies inside {@code block}, if any: it must not be covered. */
    static Optional<Block> unreachableInside(IPAddress block) {
        AddressBounds bounds = AddressBounds.of(block);
        return BLOCKS.stream()
                .filter(b -> !b.reachable() && bounds.contains(b.bounds()))
                .reduce((narrower, wider) -> wider);
    }

    private static Block no(String cidr, String code) {
        return new Block(parse(cidr), false, code);
    }

    private static Block yes(String cidr) {
        return new Block(parse(cidr), true, null);
    }

    private static IPAddress parse(String cidr) {
        return new IPAddressString(cidr).getAddress().toPrefixBlock();
    }
}
