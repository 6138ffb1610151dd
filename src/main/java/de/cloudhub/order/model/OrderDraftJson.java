package de.cloudhub.order.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Drafts as JSON with {@link ModelJson}'s mapper: money as decimal strings, {@code schemaVersion}
 * always written, unknown fields of newer versions ignored.
 */
public final class OrderDraftJson {
    /** Configured once; an ObjectMapper is thread-safe once configured. */
    private static final ObjectMapper MAPPER = ModelJson.newMapper();

    private OrderDraftJson() {
    }

    public static String toJson(OrderDraft draft) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(draft);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write order draft as JSON", e);
        }
    }

    /** @throws IOException when the text is not JSON of a draft (a damaged file) */
    public static OrderDraft fromJson(String json) throws IOException {
        OrderDraft draft = MAPPER.readValue(json, OrderDraft.class);
        if (draft == null) {
            throw new IOException("The draft file holds no draft (JSON null)");
        }
        return draft;
    }
}
