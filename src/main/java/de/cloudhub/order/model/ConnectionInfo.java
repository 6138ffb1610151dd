package de.cloudhub.order.model;

public record ConnectionInfo(String host, int port, boolean tls) {
}
