package de.cloudhub.order.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import de.cloudhub.order.model.ServerText;
import java.io.IOException;

/**
 * Cleans every string of every answer as it is read ({@link ServerText#clean}), so no text from the
 * server reaches a view, a notification or a log with bidi overrides or control characters — whatever
 * view shows it. Registered only on the client's mapper: drafts and the sandbox read their own files as they are.
 */
final class ServerTextModule extends SimpleModule {
    ServerTextModule() {
        super("ServerText");
        addDeserializer(String.class, new CleaningStringDeserializer());
    }

    private static final class CleaningStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return ServerText.clean(super.deserialize(p, ctxt));
        }
    }
}
