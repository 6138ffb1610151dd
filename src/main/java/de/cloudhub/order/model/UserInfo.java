package de.cloudhub.order.model;

public record UserInfo(String id, String name, String email) {
}
