package de.cloudhub.order.ui.wizard.trustedsources;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Severity;
import java.math.BigInteger;
import java.util.List;

/**
 * One entry of the list as the page shows it: what the user typed, the normalised CIDR that is
 * stored and ordered ({@code null} when it cannot be parsed), how many addresses it allows, the
 * description, the problems found for it, and whether it is selected (for "Remove selected").
 */
public record TrustedSourceRow(int index, String typed, String cidr, BigInteger addressCount, String description,
                               List<Problem> problems, boolean selected) {
    public TrustedSourceRow {
        problems = List.copyOf(problems);
    }

    /** The form shown: the normalised CIDR when known, else the text as typed. */
    public String shown() {
        return cidr != null ? cidr : typed;
    }

    /** True when the typed form differs from what is stored (host bits cleared, address made a range). */
    public boolean normalised() {
        return cidr != null && typed != null && !typed.equals(cidr);
    }

    /** For a count too long to read (a large IPv6 range): its power of two, else -1. */
    public int addressCountExponent() {
        if (addressCount == null || addressCount.bitLength() <= 33 || addressCount.bitCount() != 1) {
            return -1;
        }
        return addressCount.bitLength() - 1;
    }

    public boolean hasWarning() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.WARNING);
    }

    public boolean hasError() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** True for a range of every address ({@code /0}). */
    public boolean allAddresses() {
        return cidr != null && cidr.endsWith("/0");
    }
}
