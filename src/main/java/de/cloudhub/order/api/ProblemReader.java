package de.cloudhub.order.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.ServerText;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns an error answer into a typed exception: an RFC 9457 problem document when the body is one,
 * otherwise just the status and reason phrase (a proxy's HTML page, an empty body). Every text taken
 * from it is cleaned and cut to {@link ServerText#MAX_SENTENCE} characters, so a huge or hostile
 * {@code detail} is neither shown whole nor written to the log whole; at most {@link #MAX_FIELD_ERRORS}
 * field errors are kept.
 */
final class ProblemReader {
    /** More field problems than an order has fields are not worth showing. */
    static final int MAX_FIELD_ERRORS = 50;
    private final ObjectMapper mapper;

    ProblemReader(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** @param retryAfter the answer's {@code Retry-After} as a duration, null when it had none */
    ApiProblemException read(int status, String reasonPhrase, byte[] body, Duration retryAfter) {
        JsonNode doc = parseObject(body);
        if (doc == null) {
            return create(status, null, emptyToNull(ServerText.sentence(reasonPhrase, ServerText.MAX_SENTENCE)),
                    null, null, List.of(), null, retryAfter);
        }
        String title = text(doc, "title");
        return create(status, text(doc, "type"),
                title == null ? emptyToNull(ServerText.sentence(reasonPhrase, ServerText.MAX_SENTENCE)) : title,
                text(doc, "detail"), text(doc, "code"), fieldErrors(doc.get("errors")), price(doc), retryAfter);
    }

    private static ApiProblemException create(int status, String type, String title, String detail, String code,
                                              List<FieldError> errors, BigDecimal currentMonthlyNet,
                                              Duration retryAfter) {
        if (status == 409 && ApiProblemException.CODE_PRICE_CHANGED.equals(code)) {
            return new PriceChangedException(type, title, detail, errors, currentMonthlyNet);
        }
        if (status == 404) {
            return new NotFoundException(type, title, detail, code, errors);
        }
        return new ApiProblemException(status, type, title, detail, code, errors, retryAfter);
    }

    private JsonNode parseObject(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static List<FieldError> fieldErrors(JsonNode errors) {
        if (errors == null || !errors.isArray()) {
            return List.of();
        }
        List<FieldError> result = new ArrayList<>();
        for (JsonNode e : errors) {
            if (result.size() >= MAX_FIELD_ERRORS) {
                break;
            }
            if (e.isObject()) {
                String field = text(e, "field");
                if (field == null) {
                    field = text(e, "pointer");
                }
                result.add(new FieldError(FieldPaths.toModelPath(field), text(e, "code"), text(e, "message")));
            }
        }
        return result;
    }

    /** The new price of a {@code price-changed} problem: {@code currentMonthlyNet}, as a string or number. */
    private static BigDecimal price(JsonNode doc) {
        for (String name : List.of("currentMonthlyNet", "monthlyNet", "currentPrice")) {
            JsonNode n = doc.get(name);
            if (n != null && (n.isTextual() || n.isNumber())) {
                try {
                    return new BigDecimal(n.asText().trim());
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        return emptyToNull(ServerText.sentence(v.asText(), ServerText.MAX_SENTENCE));
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
