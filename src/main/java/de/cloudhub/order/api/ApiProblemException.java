package de.cloudhub.order.api;

import java.util.List;

/**
 * A definite refusal: the server answered with an RFC 9457 problem (4xx/5xx). {@code code} is the
 * problem's machine code when it has one (e.g. {@code price-changed}, {@code terms-outdated}).
 */
public class ApiProblemException extends ApiException {
    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final String code;
    private final List<FieldError> errors;

    public ApiProblemException(int status, String type, String title, String detail, String code,
                               List<FieldError> errors) {
        super("HTTP " + status + (title == null ? "" : " " + title), null);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.code = code;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() { return status; }
    public String type() { return type; }
    public String title() { return title; }
    public String detail() { return detail; }
    public String code() { return code; }
    public List<FieldError> errors() { return errors; }
}
