package de.cloudhub.order.model;

import inet.ipaddr.IPAddress;
import java.math.BigInteger;

/**
 * A block's first and last address as numbers. For prefix blocks, comparing these is what
 * {@code contains} means, and much cheaper than IPAddress's segment-wise comparison; that matters
 * because a full list of a hundred trusted sources is checked on every change (each entry against
 * every other and against every special-purpose block).
 */
record AddressBounds(boolean ipv4, BigInteger lower, BigInteger upper) {
    static AddressBounds of(IPAddress block) {
        return new AddressBounds(block.isIPv4(), block.getValue(), block.getUpperValue());
    }

    boolean contains(AddressBounds other) {
        return ipv4 == other.ipv4 && lower.compareTo(other.lower) <= 0 && upper.compareTo(other.upper) >= 0;
    }
}
