package de.cloudhub.order.model;

import java.util.List;
import java.util.Optional;

/** A node size id {@code <series><vCPU>-<RAM GB>} such as {@code r4-32}. SCAFFOLD: model helper implements. */
public record NodeSizeId(char series, int vcpu, int ramGb) {
    /** Parses the syntax only; empty when the text is not of that shape. */
    public static Optional<NodeSizeId> parse(String text) {
        return Optional.empty();
    }

    /** Problems of field {@code nodeSize}: missing, malformed, unknown to the service. */
    public static List<Problem> validate(String nodeSizeId, ServiceOffering service) {
        return List.of();
    }
}
