package de.cloudhub.order.sandbox;

/** One entry of a problem's {@code errors}: a model field path, a problem code and an English sentence. */
record FieldProblem(String field, String code, String message) {
}
