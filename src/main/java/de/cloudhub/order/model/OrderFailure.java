package de.cloudhub.order.model;

public record OrderFailure(String reason) {
}
