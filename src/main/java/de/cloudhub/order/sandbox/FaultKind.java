package de.cloudhub.order.sandbox;

import java.util.Arrays;
import java.util.Optional;

/** The failures the control API can inject into the next requests to a path. */
enum FaultKind {
    DELAY("delay"),
    HTTP_500("http-500"),
    HTTP_503("http-503"),
    HTTP_429("http-429"),
    CLOSE_BEFORE_STORE("close-before-store"),
    CLOSE_AFTER_STORE("close-after-store"),
    MALFORMED_JSON("malformed-json"),
    OVERSIZED_BODY("oversized-body"),
    HOSTILE_LINKS("hostile-links");

    private final String wireName;

    FaultKind(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    static Optional<FaultKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(text)).findFirst();
    }
}
