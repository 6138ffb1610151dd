package de.cloudhub.order.api;

/** One entry of a problem's {@code errors}: {@code field} uses the model's field paths. */
public record FieldError(String field, String code, String message) {
}
