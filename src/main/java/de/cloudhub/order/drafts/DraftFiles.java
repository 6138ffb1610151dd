package de.cloudhub.order.drafts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.drafts.DraftFileImport.Reason;
import de.cloudhub.order.drafts.DraftFileImport.Refused;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.NewBillingProfile;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TrustedSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draft files ({@value #EXTENSION}): a readable, pretty-printed UTF-8 JSON file that a person can mail
 * to a colleague. {@code {"format": "cloudhub-order-draft", "schemaVersion": 1, "title": …,
 * "exportedAt": …, "order": {…}}}, where {@code order} uses the field names of the {@code POST /orders}
 * body, every field optional. A file never holds a token, an Idempotency-Key, a terms acceptance or a
 * quoted price.
 *
 * <p>Reading decides by the content, never by the file's name. It refuses, with one {@link Reason}, a file
 * that is missing, unreadable, larger than {@link #MAX_BYTES} (judged before it is read), not JSON,
 * nested deeper than {@link #MAX_NESTING}, no draft file, of a newer {@code schemaVersion}, or of the
 * wrong shape. Values of the right JSON type are kept as written, however wrong for the catalog; a single
 * value of the wrong JSON type (storage {@code "abc"}) is left out and named ({@link DraftFileImport.Read#leftOut()}).
 * Unknown fields are ignored. Reading never changes the file.
 */
public final class DraftFiles {
    private static final Logger LOG = LoggerFactory.getLogger(DraftFiles.class);

    public static final String EXTENSION = ".cloudhub-order";
    public static final String FORMAT = "cloudhub-order-draft";
    public static final int SCHEMA_VERSION = 1;
    /** The largest file read: a draft with the most trusted sources an order may have is far below 1 MiB. */
    public static final int MAX_BYTES = 1024 * 1024;
    /** The deepest JSON nesting read (a draft nests four levels); deeper files are refused while parsing. */
    public static final int MAX_NESTING = 32;

    private static final ObjectMapper JSON = newMapper();

    private DraftFiles() {
    }

    private static ObjectMapper newMapper() {
        ObjectMapper mapper = ModelJson.newMapper();
        // only the nesting limit is set below the file size limit, so a constraint failure means "too deep"
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING)
                .build());
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        return mapper;
    }

    /**
     * The file name for a draft titled {@code title}: the title made safe as a file name on Windows, macOS
     * and Linux, plus {@value #EXTENSION}. Characters no system allows ({@code <>:"/\|?*}) become
     * {@code _}; control and invisible formatting characters (bidi overrides) go; leading dots and
     * trailing dots and spaces go; Windows' device names ({@code CON}, {@code com1.txt}) get a {@code _};
     * long titles are cut to {@value #MAX_NAME_BYTES} bytes of UTF-8 (whole characters). When nothing
     * is left, {@code fallback} is used the same way, and then {@code "order"}.
     */
    public static String fileName(String title, String fallback) {
        String name = safeBase(title);
        if (name.isEmpty()) {
            name = safeBase(fallback);
        }
        return (name.isEmpty() ? "order" : name) + EXTENSION;
    }

    /** The most bytes (UTF-8) of a file name's part before {@value #EXTENSION}; every system allows 255 in all. */
    static final int MAX_NAME_BYTES = 200;

    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"/\\\\|?*]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\p{Cs}]");
    private static final Pattern DEVICE = Pattern.compile(
            "(?i)(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\\$|conout\\$)");

    private static String safeBase(String title) {
        if (title == null) {
            return "";
        }
        String s = Normalizer.normalize(title, Normalizer.Form.NFC);
        // line breaks and tabs are spaces, other control and formatting characters vanish
        s = s.replaceAll("[\\t\\n\\r\\u000b\\f\\u0085\\u2028\\u2029]", " ");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = FORBIDDEN.matcher(s).replaceAll("_");
        s = s.replaceAll("\\s+", " ");
        s = cutToBytes(trimEnds(s), MAX_NAME_BYTES);
        s = trimEnds(s);
        String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (DEVICE.matcher(stem.strip()).matches()) {
            s = stem.strip() + "_" + s.substring(stem.length());
        }
        return s;
    }

    /** Without leading spaces and dots (hidden files) and trailing spaces and dots (Windows drops them). */
    private static String trimEnds(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && (s.charAt(from) == '.' || Character.isWhitespace(s.charAt(from)))) {
            from++;
        }
        while (to > from && (s.charAt(to - 1) == '.' || Character.isWhitespace(s.charAt(to - 1)))) {
            to--;
        }
        return s.substring(from, to);
    }

    private static String cutToBytes(String s, int maxBytes) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > maxBytes) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** The file's text: pretty-printed JSON. {@code order}'s terms and quoted price are never written. */
    public static String toJson(String title, OrderRequest order, Instant exportedAt) {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(exportedAt, "exportedAt");
        FileOrder fields = new FileOrder(order.customerId(), order.serviceId(), order.nodeSize(), order.storageGb(),
                order.trustedSources(), order.allowAllAddresses(), order.region(), order.maxmemoryPolicy(),
                order.billing(), order.reference());
        try {
            return JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(new Envelope(FORMAT, SCHEMA_VERSION, title, exportedAt, fields));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write the draft as JSON", e);
        }
    }

    /**
     * Writes the draft to {@code file} (UTF-8) through a temporary file beside it that is then moved into
     * place, so an interrupted export never leaves half a file. Blocking; call it off the FX thread.
     */
    public static void write(Path file, String title, OrderRequest order, Instant exportedAt) throws IOException {
        JsonFiles.writeAtomically(file.toAbsolutePath(), toJson(title, order, exportedAt));
        LOG.info("Exported a draft to {}", file);
    }

    /** Reads a draft file; never throws for anything about the file. Blocking; call it off the FX thread. */
    public static DraftFileImport read(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.exists(file)) {
            return refused(file, Reason.MISSING, "");
        }
        if (!Files.isRegularFile(file)) {
            return refused(file, Reason.NOT_A_FILE, "");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return refused(file, Reason.TOO_LARGE, Integer.toString(MAX_BYTES));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // bounded even if the file grew since its size was read
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            return refused(file, Reason.MISSING, "");
        } catch (IOException | SecurityException e) {
            return refused(file, Reason.UNREADABLE, String.valueOf(e.getMessage()));
        }
        return parse(file, bytes);
    }

    private static DraftFileImport parse(Path file, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return refused(file, Reason.TOO_LARGE, Integer.toString(MAX_BYTES));
        }
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (StreamConstraintsException e) {
            return refused(file, Reason.TOO_DEEP, Integer.toString(MAX_NESTING));
        } catch (IOException e) {
            return refused(file, Reason.NOT_JSON, "");
        }
        if (root == null || root.isMissingNode()) {
            return refused(file, Reason.NOT_JSON, "");
        }
        if (!root.isObject() || !root.path("format").isTextual() || !FORMAT.equals(root.path("format").textValue())) {
            return refused(file, Reason.NOT_A_DRAFT, "");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || version.bigIntegerValue().signum() <= 0) {
            return refused(file, Reason.WRONG_TYPES, "schemaVersion");
        }
        if (!version.canConvertToInt() || version.intValue() > SCHEMA_VERSION) {
            return refused(file, Reason.NEWER_VERSION, version.asText());
        }
        Values values = new Values();
        String title = values.text(root, "title", "title");
        Instant exportedAt = values.instant(root, "exportedAt", "exportedAt");
        JsonNode order = values.object(root, "order", "order");
        OrderRequest request = order == null ? emptyOrder() : values.order(order);
        if (!values.wrongShape.isEmpty()) {
            return refused(file, Reason.WRONG_TYPES, String.join(", ", values.wrongShape));
        }
        if (!values.leftOut.isEmpty()) {
            LOG.info("Read the draft file {}; left out values of the wrong type: {}", file, values.leftOut);
        }
        return new DraftFileImport.Read(new DraftFile(title, exportedAt, request), values.leftOut);
    }

    private static OrderRequest emptyOrder() {
        return new OrderRequest(null, null, null, null, List.of(), false, null, null, null, null, null, null);
    }

    private static Refused refused(Path file, Reason reason, String detail) {
        LOG.info("Refused the draft file {}: {} {}", file, reason, detail);
        return new Refused(reason, detail);
    }

    /**
     * Takes the values of the file's JSON: collects values of the wrong type (left out) and containers of
     * the wrong type (the file's shape is wrong: refused).
     */
    private static final class Values {
        final List<String> leftOut = new ArrayList<>();
        final List<String> wrongShape = new ArrayList<>();

        OrderRequest order(JsonNode o) {
            List<TrustedSource> sources = new ArrayList<>();
            JsonNode list = array(o, "trustedSources", "order.trustedSources");
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    trustedSource(list.get(i), "order.trustedSources[" + i + "]", sources);
                }
            }
            return new OrderRequest(text(o, "customerId", "order.customerId"), text(o, "serviceId", "order.serviceId"),
                    text(o, "nodeSize", "order.nodeSize"), whole(o, "storageGb", "order.storageGb"), sources,
                    flag(o, "allowAllAddresses", "order.allowAllAddresses"), text(o, "region", "order.region"),
                    text(o, "maxmemoryPolicy", "order.maxmemoryPolicy"), billing(o), null, null,
                    text(o, "reference", "order.reference"));
        }

        private void trustedSource(JsonNode s, String path, List<TrustedSource> into) {
            if (s.isNull()) {
                return;
            }
            JsonNode cidr = s.get("cidr");
            JsonNode description = s.get("description");
            if (!s.isObject() || !textOrAbsent(cidr) || !textOrAbsent(description)) {
                leftOut.add(path);
                return;
            }
            into.add(new TrustedSource(textOf(cidr), textOf(description)));
        }

        private BillingChoice billing(JsonNode o) {
            JsonNode b = object(o, "billing", "order.billing");
            if (b == null) {
                return null;
            }
            String profileId = text(b, "profileId", "order.billing.profileId");
            JsonNode p = object(b, "newProfile", "order.billing.newProfile");
            NewBillingProfile profile = null;
            if (p != null) {
                String at = "order.billing.newProfile.";
                profile = new NewBillingProfile(text(p, "company", at + "company"), text(p, "street", at + "street"),
                        text(p, "postalCode", at + "postalCode"), text(p, "city", at + "city"),
                        text(p, "country", at + "country"), text(p, "email", at + "email"),
                        text(p, "contactName", at + "contactName"), text(p, "vatId", at + "vatId"));
            }
            return profileId == null && profile == null ? null : new BillingChoice(profileId, profile);
        }

        String text(JsonNode o, String name, String path) {
            JsonNode n = o.get(name);
            if (textOrAbsent(n)) {
                return textOf(n);
            }
            leftOut.add(path);
            return null;
        }

        Integer whole(JsonNode o, String name, String path) {
            JsonNode n = o.get(name);
            if (n == null || n.isNull()) {
                return null;
            }
            if (n.isNumber()) {
                try {
                    return n.isIntegralNumber() ? n.bigIntegerValue().intValueExact()
                            : n.decimalValue().intValueExact();
                } catch (ArithmeticException notWhole) {
                    // 37.5 or beyond int: no storage size the order can carry
                }
            }
            leftOut.add(path);
            return null;
        }

        boolean flag(JsonNode o, String name, String path) {
            JsonNode n = o.get(name);
            if (n == null || n.isNull()) {
                return false;
            }
            if (n.isBoolean()) {
                return n.booleanValue();
            }
            leftOut.add(path);
            return false;
        }

        Instant instant(JsonNode o, String name, String path) {
            String text = text(o, name, path);
            if (text == null) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                leftOut.add(path);
                return null;
            }
        }

        JsonNode object(JsonNode o, String name, String path) {
            return container(o.get(name), path, true);
        }

        JsonNode array(JsonNode o, String name, String path) {
            return container(o.get(name), path, false);
        }

        private JsonNode container(JsonNode n, String path, boolean object) {
            if (n == null || n.isNull()) {
                return null;
            }
            if (object ? n.isObject() : n.isArray()) {
                return n;
            }
            wrongShape.add(path);
            return null;
        }

        private static boolean textOrAbsent(JsonNode n) {
            return n == null || n.isNull() || n.isTextual();
        }

        private static String textOf(JsonNode n) {
            return n == null || n.isNull() ? null : n.textValue();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"format", "schemaVersion", "title", "exportedAt", "order"})
    record Envelope(String format, int schemaVersion, String title, Instant exportedAt, FileOrder order) {
    }

    /** The order as the {@code POST /orders} body names its fields, without the terms and the quoted price. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"customerId", "serviceId", "nodeSize", "storageGb", "trustedSources", "allowAllAddresses",
            "region", "maxmemoryPolicy", "billing", "reference"})
    record FileOrder(String customerId, String serviceId, String nodeSize, Integer storageGb,
                     List<TrustedSource> trustedSources, boolean allowAllAddresses, String region,
                     String maxmemoryPolicy, BillingChoice billing, String reference) {
    }
}
