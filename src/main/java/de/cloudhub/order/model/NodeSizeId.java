package de.cloudhub.order.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A node size id {@code <series><vCPU>-<RAM GB>} such as {@code r4-32}. */
public record NodeSizeId(char series, int vcpu, int ramGb) {
    public static final String FIELD = "nodeSize";
    public static final String REQUIRED = "nodeSize.required";
    public static final String MALFORMED = "nodeSize.malformed";
    public static final String UNKNOWN = "nodeSize.unknown";
    public static final List<String> CODES = List.of(REQUIRED, MALFORMED, UNKNOWN);

    /** b basic, a all-purpose, r RAM-optimised; numbers without leading zeros. */
    private static final Pattern SYNTAX = Pattern.compile("([bar])([1-9]\\d{0,3})-([1-9]\\d{0,5})");

    /** Parses the syntax only; empty when the text is not of that shape. */
    public static Optional<NodeSizeId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SYNTAX.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new NodeSizeId(m.group(1).charAt(0), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
    }

    /**
     * Problems of field {@code nodeSize}: missing, malformed, unknown to the service. With a null
     * service (not chosen yet) only presence and syntax are checked.
     */
    public static List<Problem> validate(String nodeSizeId, ServiceOffering service) {
        List<Problem> problems = new ArrayList<>();
        if (nodeSizeId == null || nodeSizeId.isBlank()) {
            problems.add(Problem.error(FIELD, REQUIRED));
            return problems;
        }
        Optional<NodeSizeId> parsed = parse(nodeSizeId);
        if (parsed.isEmpty()) {
            problems.add(Problem.error(FIELD, MALFORMED, shorten(nodeSizeId.strip())));
            return problems;
        }
        String id = parsed.get().id();
        if (service != null && service.nodeSize(id).isEmpty()) {
            String known = service.nodeSizes().stream().map(NodeSize::id).collect(Collectors.joining(", "));
            problems.add(Problem.error(FIELD, UNKNOWN, id, known));
        }
        return problems;
    }

    /** The canonical text, e.g. {@code r4-32}. */
    public String id() {
        return series + Integer.toString(vcpu) + "-" + ramGb;
    }

    @Override
    public String toString() {
        return id();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "…";
    }
}
