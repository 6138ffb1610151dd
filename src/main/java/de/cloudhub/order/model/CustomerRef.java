package de.cloudhub.order.model;

/** A customer as {@code GET /me} and {@code GET /customers} name it ({@code number} may be null in /me). */
public record CustomerRef(String id, String number, String name) {
}
