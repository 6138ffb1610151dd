package de.cloudhub.order.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.BillingProfile;
import de.cloudhub.order.model.BillingRules;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ClientAddress;
import de.cloudhub.order.model.CustomerRef;
import de.cloudhub.order.model.LocalizedText;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.model.OrderValidator;
import de.cloudhub.order.model.PriceCalculator;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.model.TermsDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The endpoints of docs/api.md below {@code /api/v1}, for an authenticated caller. */
final class SandboxApi {
    static final int DEFAULT_CUSTOMER_LIMIT = 20;
    static final int MAX_CUSTOMER_LIMIT = 100;

    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern BILLING_PROFILES = Pattern.compile("/customers/([^/]+)/billing-profiles");
    private static final Pattern ORDER = Pattern.compile("/orders/([^/]+)");

    private final ObjectMapper mapper;
    private final SandboxCatalog catalog;
    private final Directory directory;
    private final SandboxSettings settings;
    private final OrderBook book;
    private final ProblemMessages messages;
    private final String origin;

    SandboxApi(ObjectMapper mapper, SandboxCatalog catalog, Directory directory, SandboxSettings settings,
               OrderBook book, ProblemMessages messages, String origin) {
        this.mapper = Objects.requireNonNull(mapper);
        this.catalog = Objects.requireNonNull(catalog);
        this.directory = Objects.requireNonNull(directory);
        this.settings = Objects.requireNonNull(settings);
        this.book = Objects.requireNonNull(book);
        this.messages = Objects.requireNonNull(messages);
        this.origin = Objects.requireNonNull(origin);
    }

    /** True when the route exists and is a POST /orders, whose delay fault waits inside the handler. */
    static boolean delaysItself(String method, String path) {
        return "POST".equals(method) && "/orders".equals(path);
    }

    Response handle(Call call) {
        String path = call.path();
        String method = call.method();
        Matcher route = new Matcher(method, path);
        if (route.is("/me")) {
            route.require("GET");
            return Response.json(200, call.me());
        }
        if (route.is("/catalog")) {
            route.require("GET");
            return conditional(call, catalog.current());
        }
        if (route.is("/terms")) {
            route.require("GET");
            return Response.json(200, terms());
        }
        if (route.is("/client-address")) {
            route.require("GET");
            return Response.json(200, new ClientAddress(settings.clientAddress()));
        }
        if (route.is("/customers")) {
            route.require("GET");
            return customers(call);
        }
        java.util.regex.Matcher profiles = BILLING_PROFILES.matcher(path);
        if (profiles.matches()) {
            route.require("GET");
            return billingProfiles(call, profiles.group(1));
        }
        if (route.is("/orders")) {
            route.require("GET", "POST");
            return "POST".equals(method) ? placeOrder(call) : listOrders(call);
        }
        java.util.regex.Matcher order = ORDER.matcher(path);
        if (order.matches()) {
            route.require("GET");
            Order found = visibleOrder(call.me(), order.group(1))
                    .orElseThrow(() -> HttpProblem.notFound("There is no order with this id."));
            return conditional(call, found);
        }
        throw HttpProblem.notFound("There is no resource at " + path + ".");
    }

    Terms terms() {
        String version = settings.termsVersion();
        return new Terms(version,
                new LocalizedText("Ich habe die AGB, die Leistungsbeschreibung und die Vereinbarung zur "
                        + "Auftragsverarbeitung in der Fassung " + version + " gelesen und akzeptiere sie.",
                        "I have read and accept the general terms and conditions, the service description "
                                + "and the data processing agreement, version " + version + "."),
                List.of(new TermsDocument(new LocalizedText("Allgemeine Geschäftsbedingungen",
                                "General terms and conditions"), origin + "/portal/terms/agb"),
                        new TermsDocument(new LocalizedText("Leistungsbeschreibung Caching as a Service",
                                "Service description Caching as a Service"), origin + "/portal/terms/leistungsbeschreibung"),
                        new TermsDocument(new LocalizedText("Vereinbarung zur Auftragsverarbeitung",
                                "Data processing agreement"), origin + "/portal/terms/avv")));
    }

    private Response conditional(Call call, Object entity) {
        String etag = Etags.of(serialize(entity));
        if (Etags.matches(call.header("If-None-Match"), etag)) {
            return Response.notModified(etag);
        }
        return Response.json(200, entity).header("ETag", etag).header("Cache-Control", "no-cache");
    }

    private Response customers(Call call) {
        if (!call.me().isSales()) {
            throw new HttpProblem(403, "forbidden", "Forbidden", "Only sales staff may list customers.");
        }
        int limit = DEFAULT_CUSTOMER_LIMIT;
        String rawLimit = call.query("limit");
        if (rawLimit != null && !rawLimit.isBlank()) {
            try {
                limit = Integer.parseInt(rawLimit.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_CUSTOMER_LIMIT) {
                throw new HttpProblem(400, "validation-failed", "Invalid parameter",
                        "limit must be a whole number from 1 to " + MAX_CUSTOMER_LIMIT + ".",
                        List.of(new FieldProblem("limit", "invalid-value",
                                "limit must be a whole number from 1 to " + MAX_CUSTOMER_LIMIT + ".")));
            }
        }
        return Response.json(200, directory.search(call.query("query"), limit));
    }

    private Response billingProfiles(Call call, String customerId) {
        CustomerRef customer = directory.visibleCustomer(call.me(), customerId)
                .orElseThrow(() -> HttpProblem.notFound("There is no customer with this id."));
        return Response.json(200, directory.profiles(customer.id()));
    }

    private Response listOrders(Call call) {
        Me me = call.me();
        String customerId = blankToNull(call.query("customerId"));
        if (customerId != null && directory.visibleCustomer(me, customerId).isEmpty()) {
            throw HttpProblem.notFound("There is no customer with this id.");
        }
        String statusParam = blankToNull(call.query("status"));
        OrderStatus status = statusParam == null ? null : OrderStatus.parse(statusParam);
        if (status == OrderStatus.UNKNOWN) {
            throw new HttpProblem(400, "validation-failed", "Invalid parameter",
                    "status must be one of new, processing, failed, DONE.",
                    List.of(messages.of("status", FieldCodes.STATUS_UNKNOWN)));
        }
        String keyParam = blankToNull(call.query("idempotencyKey"));
        if (keyParam != null && !UUID_PATTERN.matcher(keyParam).matches()) {
            throw new HttpProblem(400, "validation-failed", "Invalid parameter",
                    "idempotencyKey must be a UUID.",
                    List.of(messages.of("idempotencyKey", FieldCodes.INVALID_TYPE)));
        }
        // keys are scoped to the user, so only an order this caller placed can be found by its key
        Optional<String> keyOrderId = keyParam == null ? Optional.empty()
                : book.orderIdForKey(scopedKey(me, UUID.fromString(keyParam)));
        if (keyParam != null && keyOrderId.isEmpty()) {
            return Response.json(200, List.of());
        }
        List<Order> orders = book.list(o -> maySee(me, o)
                && (keyOrderId.isEmpty() || keyOrderId.get().equals(o.id()))
                && (customerId == null || customerId.equals(o.customerId()))
                && (status == null || OrderStatus.parse(o.status()) == status));
        return Response.json(200, orders);
    }

    private Optional<Order> visibleOrder(Me me, String id) {
        return book.get(id).filter(o -> maySee(me, o));
    }

    private static boolean maySee(Me me, Order order) {
        return me.isSales() || (me.customer() != null && me.customer().id().equals(order.customerId()));
    }

    private Response placeOrder(Call call) {
        Me me = call.me();
        UUID key = idempotencyKey(call.header("Idempotency-Key"));
        JsonNode body = parseBody(call.body());
        OrderRequest request = readRequest(body);
        String scopedKey = scopedKey(me, key);
        OrderBook.Claim claim = book.claim(scopedKey, body);
        switch (claim.result()) {
            case REPLAY:
                return Response.json(200, book.get(claim.orderId()).orElseThrow())
                        .header("Location", origin + "/api/v1/orders/" + claim.orderId());
            case IN_PROGRESS:
                throw new HttpProblem(409, "request-in-progress", "Request in progress",
                        "The first request with this Idempotency-Key is still being processed; "
                                + "send it again in a moment.").header("Retry-After", "1");
            case REUSED:
                throw new HttpProblem(422, "idempotency-key-reused", "Idempotency-Key reused",
                        "This Idempotency-Key was already used for a different order; "
                                + "use a new key for a new order.");
            default:
                break;
        }
        boolean stored = false;
        try {
            call.pauseForFault();
            Order order = validateAndStore(me, request, scopedKey);
            stored = true;
            return Response.json(201, order).header("Location", origin + "/api/v1/orders/" + order.id());
        } finally {
            if (!stored) {
                book.release(scopedKey);
            }
        }
    }

    private static String scopedKey(Me me, UUID key) {
        return me.user().id() + ":" + key;
    }

    private Order validateAndStore(Me me, OrderRequest request, String scopedKey) {
        Catalog current = catalog.current();
        String termsVersion = settings.termsVersion();
        Map<String, FieldProblem> errors = new LinkedHashMap<>();
        String customerId = checkCustomer(me, request.customerId(), errors);
        for (Problem p : OrderValidator.validate(OrderDraft.fromRequest(request), current, termsVersion,
                me.isSales())) {
            if (p.isError()) {
                errors.putIfAbsent(p.field(), messages.of(p));
            }
        }
        BillingChoice billing = request.billing();
        if (customerId != null && billing != null && billing.profileId() != null
                && !directory.hasProfile(customerId, billing.profileId())) {
            errors.putIfAbsent("billing.profileId", messages.of("billing.profileId", FieldCodes.BILLING_PROFILE_UNKNOWN));
        }
        if (request.quotedMonthlyNet() == null) {
            errors.putIfAbsent("quotedMonthlyNet", messages.of("quotedMonthlyNet", FieldCodes.QUOTED_PRICE_REQUIRED));
        }
        // the same rule as the app's price box: EU business customers outside Germany pay no VAT (reverse charge)
        boolean reverseCharge = BillingRules.isReverseCharge(billing, existingProfile(customerId, billing));
        Optional<PriceQuote> quote = PriceCalculator.quote(current, request.serviceId(), request.nodeSize(),
                request.storageGb(), reverseCharge);
        if (errors.isEmpty() && quote.isEmpty()) {
            errors.put("nodeSize", messages.of("nodeSize", FieldCodes.PRICE_UNAVAILABLE));
        }
        if (!errors.isEmpty()) {
            throw validationFailed(errors);
        }
        BigDecimal price = quote.orElseThrow().net();
        if (price.compareTo(request.quotedMonthlyNet()) != 0) {
            throw new HttpProblem(409, "price-changed", "Price changed",
                    "The monthly net price is now " + price.toPlainString() + " EUR, not "
                            + request.quotedMonthlyNet().toPlainString() + " EUR; show the new price and send "
                            + "the order again with it.",
                    List.of(messages.of("quotedMonthlyNet", FieldCodes.QUOTED_PRICE_CHANGED, price.toPlainString())))
                    .extension("currentMonthlyNet", price.toPlainString());
        }
        if (billing != null && billing.profileId() == null && billing.newProfile() != null) {
            directory.addProfile(customerId, billing.newProfile());
        }
        return book.create(scopedKey, customerId, request, quote.get());
    }

    private BillingProfile existingProfile(String customerId, BillingChoice billing) {
        if (customerId == null || billing == null || billing.profileId() == null) {
            return null;
        }
        return directory.profiles(customerId).stream().filter(p -> p.id().equals(billing.profileId()))
                .findFirst().orElse(null);
    }

    /**
     * The customer the order is for, or null when there is none: a sales caller naming none (the
     * validator reports {@code customer.required}), or one the caller may not order for (recorded here).
     */
    private String checkCustomer(Me me, String requested, Map<String, FieldProblem> errors) {
        String customerId = blankToNull(requested);
        if (customerId == null && me.isSales()) {
            return null;
        }
        if (customerId == null && me.customer() != null) {
            return me.customer().id();
        }
        if (directory.visibleCustomer(me, customerId).isEmpty()) {
            errors.put("customerId", messages.of("customerId", FieldCodes.CUSTOMER_UNKNOWN));
            return null;
        }
        return customerId;
    }

    /** 422: {@code terms-outdated}/{@code terms-not-accepted} when the terms are the only problem, else {@code validation-failed}. */
    private static HttpProblem validationFailed(Map<String, FieldProblem> errors) {
        List<FieldProblem> list = new ArrayList<>(errors.values());
        FieldProblem terms = errors.get("terms");
        if (terms != null && errors.size() == 1) {
            boolean outdated = OrderValidator.TERMS_OUTDATED.equals(terms.code());
            String detail = outdated
                    ? "The terms and conditions have changed; read and accept the current version."
                    : "The terms and conditions must be accepted to place an order.";
            return new HttpProblem(422, outdated ? "terms-outdated" : "terms-not-accepted", "Terms not accepted",
                    detail, list);
        }
        String fields = errors.keySet().stream().collect(Collectors.joining(", "));
        return new HttpProblem(422, "validation-failed", "Validation failed",
                "The order has invalid fields: " + fields + ".", list);
    }

    private static UUID idempotencyKey(String header) {
        if (header == null || header.isBlank()) {
            throw HttpProblem.badRequest("idempotency-key-missing",
                    "POST /orders needs an Idempotency-Key header with a UUID.");
        }
        String value = header.trim();
        if (!UUID_PATTERN.matcher(value).matches()) {
            throw HttpProblem.badRequest("idempotency-key-invalid", "The Idempotency-Key header must be a UUID.");
        }
        return UUID.fromString(value);
    }

    private JsonNode parseBody(byte[] bytes) {
        try {
            JsonNode node = mapper.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw HttpProblem.badRequest("malformed-request", "The request body must be a JSON object.");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("malformed-request", "The request body is not valid JSON.");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private OrderRequest readRequest(JsonNode body) {
        try {
            return mapper.treeToValue(body, OrderRequest.class);
        } catch (JsonMappingException e) {
            String field = fieldPath(e);
            throw new HttpProblem(422, "validation-failed", "Validation failed",
                    "The field " + field + " has the wrong type.", List.of(messages.of(field, FieldCodes.INVALID_TYPE)));
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("malformed-request", "The request body is not a valid order.");
        }
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "body" : path.toString();
    }

    private byte[] serialize(Object entity) {
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sandbox entity not serialisable", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Path and method matching with a 405 that lists the allowed methods. */
    private static final class Matcher {
        private final String method;
        private final String path;

        Matcher(String method, String path) {
            this.method = method;
            this.path = path;
        }

        boolean is(String candidate) {
            return path.equals(candidate);
        }

        void require(String... allowed) {
            for (String a : allowed) {
                if (a.equals(method)) {
                    return;
                }
            }
            throw new HttpProblem(405, "method-not-allowed", "Method not allowed",
                    method + " is not allowed on " + path + ".").header("Allow", String.join(", ", allowed));
        }
    }
}
