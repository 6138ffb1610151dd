package de.cloudhub.order.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.OrderStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/sandbox/control} (docs/sandbox-control.md): GET shows the settings, POST changes
 * them. A body is checked as a whole before anything changes, so a refused body changes nothing.
 */
final class ControlApi {
    static final Duration MAX_DURATION = Duration.ofHours(1);
    static final Duration MAX_REFRESH_LIFETIME = Duration.ofDays(30);
    static final long MAX_DELAY_MILLIS = 60_000;
    static final String DEFAULT_FAILURE_REASON = "Provisioning failed in the sandbox.";

    private static final Logger LOG = LoggerFactory.getLogger(ControlApi.class);
    private static final Set<String> KEYS = Set.of("reset", "durations", "nextOutcomes", "faults", "prices",
            "termsVersion", "clientAddress", "rateLimit", "tokenLifetimes", "revokeTokensOf", "expireAccessTokens");
    private static final String FAULT_KINDS =
            Arrays.stream(FaultKind.values()).map(FaultKind::wireName).collect(Collectors.joining(", "));

    private final ObjectMapper mapper;
    private final SandboxSettings settings;
    private final SandboxCatalog catalog;
    private final Directory directory;
    private final OrderBook book;
    private final RateLimiter rateLimiter;
    private final Grants grants;

    ControlApi(ObjectMapper mapper, SandboxSettings settings, SandboxCatalog catalog, Directory directory,
               OrderBook book, RateLimiter rateLimiter, Grants grants) {
        this.mapper = Objects.requireNonNull(mapper);
        this.settings = Objects.requireNonNull(settings);
        this.catalog = Objects.requireNonNull(catalog);
        this.directory = Objects.requireNonNull(directory);
        this.book = Objects.requireNonNull(book);
        this.rateLimiter = Objects.requireNonNull(rateLimiter);
        this.grants = Objects.requireNonNull(grants);
    }

    Response handle(Call call) {
        if ("GET".equals(call.method())) {
            return Response.json(200, describe());
        }
        if (!"POST".equals(call.method())) {
            throw new HttpProblem(405, "method-not-allowed", "Method not allowed",
                    call.method() + " is not allowed on the control endpoint.").header("Allow", "GET, POST");
        }
        JsonNode body;
        try {
            body = mapper.readTree(call.body());
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("malformed-request", "The control body is not valid JSON.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (body == null || !body.isObject()) {
            throw HttpProblem.badRequest("malformed-request", "The control body must be a JSON object.");
        }
        List<Runnable> changes = new ArrayList<>();
        List<FieldProblem> errors = new ArrayList<>();
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KEYS.contains(name)) {
                errors.add(invalid(name, "is not a control setting"));
            }
        }
        if (body.path("reset").asBoolean(false)) {
            changes.add(this::reset);
        }
        readDurations(body.get("durations"), changes, errors);
        readOutcomes(body.get("nextOutcomes"), changes, errors);
        readFaults(body.get("faults"), changes, errors);
        readPrices(body.get("prices"), changes, errors);
        readText(body.get("termsVersion"), "termsVersion", settings::termsVersion, changes, errors);
        readText(body.get("clientAddress"), "clientAddress", settings::clientAddress, changes, errors);
        readRateLimit(body.get("rateLimit"), changes, errors);
        readTokenLifetimes(body.get("tokenLifetimes"), changes, errors);
        readRevokeTokensOf(body.get("revokeTokensOf"), changes, errors);
        readExpireAccessTokens(body.get("expireAccessTokens"), changes, errors);
        if (!errors.isEmpty()) {
            throw new HttpProblem(400, "validation-failed", "Invalid control settings",
                    "The control body has invalid settings; nothing was changed.", errors);
        }
        changes.forEach(Runnable::run);
        LOG.info("Sandbox control applied: {}", body.toString().length() > 500 ? "(long body)" : body);
        return Response.json(200, describe());
    }

    private void reset() {
        settings.reset();
        catalog.reset();
        directory.reset();
        book.reset();
        rateLimiter.reset();
        grants.reset();
    }

    private Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>(settings.describe());
        d.put("prices", catalog.prices());
        d.put("catalogVersion", catalog.current().version());
        d.put("orders", book.orderCount());
        d.put("idempotencyKeys", book.keyCount());
        d.put("tokens", grants.describe());
        return d;
    }

    private void readDurations(JsonNode node, List<Runnable> changes, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            errors.add(invalid("durations", "must be an object"));
            return;
        }
        Duration forNew = duration(node, "durations", "new", MAX_DURATION, errors);
        Duration forProcessing = duration(node, "durations", "processing", MAX_DURATION, errors);
        changes.add(() -> settings.durations(forNew, forProcessing));
    }

    private static Duration duration(JsonNode node, String group, String prefix, Duration max,
                                     List<FieldProblem> errors) {
        JsonNode seconds = node.get(prefix + "Seconds");
        JsonNode millis = node.get(prefix + "Millis");
        if (seconds == null && millis == null) {
            return null;
        }
        JsonNode value = millis != null ? millis : seconds;
        String field = group + "." + prefix + (millis != null ? "Millis" : "Seconds");
        if (!value.isNumber() || value.decimalValue().signum() < 0) {
            errors.add(invalid(field, "must be a number of zero or more"));
            return null;
        }
        BigDecimal ms = millis != null ? value.decimalValue() : value.decimalValue().movePointRight(3);
        if (ms.compareTo(BigDecimal.valueOf(max.toMillis())) > 0) {
            errors.add(invalid(field, max.equals(MAX_DURATION) ? "must be at most one hour"
                    : "must be at most " + max.toDays() + " days"));
            return null;
        }
        return Duration.ofMillis(ms.longValue());
    }

    private void readTokenLifetimes(JsonNode node, List<Runnable> changes, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        if (!node.isObject()) {
            errors.add(invalid("tokenLifetimes", "must be an object"));
            return;
        }
        Duration access = duration(node, "tokenLifetimes", "access", MAX_DURATION, errors);
        Duration refresh = duration(node, "tokenLifetimes", "refresh", MAX_REFRESH_LIFETIME, errors);
        Duration code = duration(node, "tokenLifetimes", "code", MAX_DURATION, errors);
        changes.add(() -> settings.tokenLifetimes(access, refresh, code));
    }

    private void readRevokeTokensOf(JsonNode node, List<Runnable> changes, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        if (!node.isTextual() || !Directory.SIGN_IN_TOKENS.containsKey(node.asText())) {
            errors.add(invalid("revokeTokensOf",
                    "must be one of " + String.join(", ", Directory.SIGN_IN_TOKENS.keySet())));
            return;
        }
        String user = node.asText();
        changes.add(() -> grants.revokeUser(user));
    }

    private void readExpireAccessTokens(JsonNode node, List<Runnable> changes, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        if (!node.isBoolean()) {
            errors.add(invalid("expireAccessTokens", "must be true or false"));
            return;
        }
        if (node.asBoolean()) {
            changes.add(grants::expireAccessTokens);
        }
    }

    private void readOutcomes(JsonNode node, List<Runnable> changes, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            errors.add(invalid("nextOutcomes", "must be an array"));
            return;
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            OrderStatus status = OrderStatus.parse(item.path("status").asText(null));
            if (status == OrderStatus.DONE) {
                outcomes.add(Outcome.DONE);
            } else if (status == OrderStatus.FAILED) {
                String reason = item.path("reason").asText("");
                outcomes.add(new Outcome(OrderStatus.FAILED, reason.isBlank() ? DEFAULT_FAILURE_REASON : reason));
            } else {
                errors.add(invalid("nextOutcomes[" + i + "].status", "must be DONE or failed"));
            }
        }
        changes.add(() -> settings.nextOutcomes(outcomes));
    }

    private void readFaults(JsonNode node, List<Runnable> changes, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        if (!node.isArray()) {
            errors.add(invalid("faults", "must be an array"));
            return;
        }
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String at = "faults[" + i + "].";
            String kindName = item.path("kind").asText("");
            FaultKind kind = FaultKind.parse(kindName).orElse(null);
            if (kind == null) {
                errors.add(invalid(at + "kind", "must be one of " + FAULT_KINDS));
            }
            String path = item.path("path").asText("");
            if (path.startsWith("/api/v1/")) {
                path = path.substring("/api/v1".length());
            }
            if (!path.startsWith("/")) {
                errors.add(invalid(at + "path", "must be a path such as /orders"));
            }
            String method = item.hasNonNull("method") ? item.get("method").asText() : null;
            int count = item.path("count").asInt(1);
            if (count < 1 || count > 10_000) {
                errors.add(invalid(at + "count", "must be from 1 to 10000"));
            }
            long delay = item.path("delayMillis").asLong(1000);
            if (delay < 0 || delay > MAX_DELAY_MILLIS) {
                errors.add(invalid(at + "delayMillis", "must be from 0 to " + MAX_DELAY_MILLIS));
            }
            int retryAfter = item.path("retryAfterSeconds").asInt(1);
            if (retryAfter < 0 || retryAfter > 3600) {
                errors.add(invalid(at + "retryAfterSeconds", "must be from 0 to 3600"));
            }
            if (kind != null) {
                faults.add(new Fault(method, path, kind, count, delay, retryAfter));
            }
        }
        changes.add(() -> settings.faults(faults));
    }

    private void readPrices(JsonNode node, List<Runnable> changes, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        if (!node.isObject() || (node.has("nodeSizes") && !node.get("nodeSizes").isObject())) {
            errors.add(invalid("prices", "must be an object with nodeSizes and/or storagePerGb"));
            return;
        }
        Map<String, BigDecimal> nodePrices = new LinkedHashMap<>();
        JsonNode sizes = node.path("nodeSizes");
        Set<String> known = catalog.nodeSizeIds();
        for (Iterator<Map.Entry<String, JsonNode>> it = sizes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            BigDecimal price = money(e.getValue());
            if (!known.contains(e.getKey())) {
                errors.add(invalid("prices.nodeSizes." + e.getKey(), "is not a node size of the catalog"));
            } else if (price == null) {
                errors.add(invalid("prices.nodeSizes." + e.getKey(), "must be a decimal of zero or more"));
            } else {
                nodePrices.put(e.getKey(), price);
            }
        }
        BigDecimal perGb = null;
        if (node.has("storagePerGb")) {
            perGb = money(node.get("storagePerGb"));
            if (perGb == null) {
                errors.add(invalid("prices.storagePerGb", "must be a decimal of zero or more"));
            }
        }
        BigDecimal storage = perGb;
        changes.add(() -> catalog.changePrices(nodePrices, storage));
    }

    private static BigDecimal money(JsonNode value) {
        try {
            BigDecimal amount = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asText(""));
            return amount.signum() < 0 ? null : amount;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void readText(JsonNode node, String field, java.util.function.Consumer<String> setter,
                                 List<Runnable> changes, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            errors.add(invalid(field, "must be a non-empty string"));
            return;
        }
        String value = node.asText().trim();
        changes.add(() -> setter.accept(value));
    }

    private void readRateLimit(JsonNode node, List<Runnable> changes, List<FieldProblem> errors) {
        if (node == null) {
            return;
        }
        int perSecond = node.path("requestsPerSecond").asInt(0);
        if (perSecond < 1) {
            errors.add(invalid("rateLimit.requestsPerSecond", "must be a whole number of 1 or more"));
            return;
        }
        changes.add(() -> {
            settings.requestsPerSecond(perSecond);
            rateLimiter.reset();
        });
    }

    private static FieldProblem invalid(String field, String why) {
        return new FieldProblem(field, "invalid-value", field + " " + why + ".");
    }
}
