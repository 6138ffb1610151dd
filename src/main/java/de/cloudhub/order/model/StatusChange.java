package de.cloudhub.order.model;

import java.time.Instant;

public record StatusChange(String status, Instant at) {
}
