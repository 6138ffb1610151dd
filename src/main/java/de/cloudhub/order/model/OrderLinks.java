package de.cloudhub.order.model;

public record OrderLinks(String statusPage, String supportTicket) {
}
