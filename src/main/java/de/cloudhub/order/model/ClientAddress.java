package de.cloudhub.order.model;

public record ClientAddress(String address) {
}
