package de.cloudhub.order.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.Objects;

/**
 * Turns a successful answer into the model type the caller expects, or into an
 * {@link ApiProtocolException} that says what is wrong: empty, not JSON (with line and column), JSON of
 * another shape (with the path), or a value {@link AnswerChecks} finds unusable.
 */
final class AnswerReader {
    private final ObjectMapper mapper;

    AnswerReader(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /** The answer's body as {@code type}, checked by {@link AnswerChecks}; otherwise says where it went wrong. */
    <T> T read(ApiCall call, Answer answer, JavaType type) {
        if (answer.body().length == 0) {
            throw new ApiProtocolException("The answer to " + call.describe() + " is empty where JSON was expected.",
                    null);
        }
        try {
            T value = mapper.readValue(answer.body(), type);
            if (value == null) {
                throw new ApiProtocolException("The answer to " + call.describe() + " is JSON null.", null);
            }
            String fault = AnswerChecks.fault(value);
            if (fault != null && fault.startsWith("has ")) {
                throw new ApiProtocolException("The answer to " + call.describe() + " " + fault + ".", null);
            }
            if (fault != null) {
                throw new ApiProtocolException("The answer to " + call.describe()
                        + " does not have the expected form: $" + (fault.startsWith("[") ? "" : ".") + fault + ".",
                        null);
            }
            return value;
        } catch (JsonProcessingException e) {
            StreamReadException malformed = malformedCause(e);
            if (malformed != null) {
                throw new ApiProtocolException("The answer to " + call.describe() + " is not valid JSON"
                        + (malformed.getLocation() == null ? "" : " (line " + malformed.getLocation().getLineNr()
                        + ", column " + malformed.getLocation().getColumnNr() + ")") + ".", e);
            }
            throw new ApiProtocolException("The answer to " + call.describe() + " does not have the expected form"
                    + (e instanceof JsonMappingException m ? where(m) : "") + ".", e);
        } catch (IOException unreadable) {
            throw new ApiProtocolException("The answer to " + call.describe() + " cannot be read.", unreadable);
        }
    }

    /** Jackson wraps a syntax error met while binding; it is still a syntax error. */
    private static StreamReadException malformedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException s && !(t instanceof MismatchedInputException)) {
                return s;
            }
        }
        return null;
    }

    private static String where(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "" : " at $" + path;
    }
}
