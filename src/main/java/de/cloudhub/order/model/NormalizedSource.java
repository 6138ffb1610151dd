package de.cloudhub.order.model;

import java.math.BigInteger;

/**
 * A trusted source after parsing: {@code cidr} normalised (host bits cleared, single addresses as
 * /32 or /128) or null when the input could not be parsed; {@code addressCount} null likewise.
 */
public record NormalizedSource(String input, String cidr, BigInteger addressCount, String description) {
}
