package de.cloudhub.order.model;

public record Engine(String name, String version) {
}
