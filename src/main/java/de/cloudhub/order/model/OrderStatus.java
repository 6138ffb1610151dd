package de.cloudhub.order.model;

import java.util.Locale;

/** The order lifecycle as the API spells it; anything else is UNKNOWN, never an exception. */
public enum OrderStatus {
    NEW("new"), PROCESSING("processing"), FAILED("failed"), DONE("DONE"), UNKNOWN("unknown");

    private final String wireName;

    OrderStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isTerminal() {
        return this == DONE || this == FAILED;
    }

    public static OrderStatus parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (OrderStatus s : values()) {
            if (s != UNKNOWN && s.wireName.toLowerCase(Locale.ROOT).equals(v)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
