package de.cloudhub.order.ui.ordering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.api.ApiClient;
import de.cloudhub.order.api.ApiConfig;
import de.cloudhub.order.model.Catalog;
import de.cloudhub.order.model.ModelJson;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.TaskRunner;
import de.cloudhub.order.ui.wizard.BillingMode;
import de.cloudhub.order.ui.wizard.OrderState;
import de.cloudhub.order.ui.wizard.PageContext;
import de.cloudhub.order.ui.wizard.StepId;
import de.cloudhub.order.ui.wizard.WizardNavigator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The checkout tests' world: a real sandbox on a free loopback port, its control API (reached with the
 * JDK's HTTP client, never with the client under test), real {@link ApiClient}s, and recorders for
 * what pages ask of the shell and the app.
 */
public final class CheckoutSandbox implements AutoCloseable {
    public static final String CUSTOMER_TOKEN = "demo-customer";
    public static final String SALES_TOKEN = "demo-sales";
    public static final String SERVICE_ID = "caas-valkey-8";
    public static final String PROFILE_ID = "bp-1001-1";

    private final SandboxServer server = SandboxServer.start(0);
    private final HttpClient control = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper mapper = ModelJson.newMapper();

    public final RecordingNavigator navigator = new RecordingNavigator();
    public final List<String> openedLinks = new CopyOnWriteArrayList<>();
    public final List<Order> placed = new CopyOnWriteArrayList<>();
    public final List<OrderDraft> kept = new CopyOnWriteArrayList<>();
    public final List<Order> earlier = new CopyOnWriteArrayList<>();

    public CheckoutSandbox() {
        control("{\"reset\":true,\"durations\":{\"newSeconds\":600,\"processingSeconds\":600}}");
    }

    public URI baseUri() {
        return server.baseUri();
    }

    /** A client with short timeouts and pauses; {@code attempts} tries for GETs and ambiguous POSTs. */
    public ApiClient client(String token, int attempts) {
        return new ApiClient(new ApiConfig(baseUri(), token, Duration.ofSeconds(2), Duration.ofSeconds(3), attempts,
                Duration.ofMillis(50), "CloudhubOrder/test"));
    }

    /** A client whose answers time out after {@code responseTimeout}, pausing at most {@code maxPause} between tries. */
    public ApiClient client(String token, int attempts, Duration responseTimeout, Duration maxPause) {
        return new ApiClient(new ApiConfig(baseUri(), token, Duration.ofSeconds(2), responseTimeout, attempts,
                maxPause, "CloudhubOrder/test"));
    }

    public ApiClient client(String token) {
        return client(token, 3);
    }

    public PageContext context(OrderState state, ApiClient api, TaskRunner tasks) {
        return new PageContext(state, api, tasks, navigator, openedLinks::add, placed::add, kept::add,
                earlier::add);
    }

    public PageContext context(OrderState state, ApiClient api) {
        return context(state, api, new DirectTaskRunner());
    }

    /** The state as the app sets it up: the user, the catalog and the terms loaded from the server. */
    public OrderState loadedState(ApiClient api) {
        OrderState s = new OrderState();
        s.meProperty().set(api.me());
        s.catalogProperty().set(api.catalog());
        s.termsProperty().set(api.terms());
        if (s.meProperty().get().customer() != null) {
            s.customerIdProperty().set(s.meProperty().get().customer().id());
        }
        return s;
    }

    /** A complete, valid order of the demo customer with an existing billing profile; terms not yet ticked. */
    public OrderState filledState(ApiClient api) {
        OrderState s = loadedState(api);
        Catalog catalog = s.catalogProperty().get();
        ServiceOffering service = catalog.service(SERVICE_ID).orElseThrow();
        s.serviceIdProperty().set(service.id());
        s.nodeSizeProperty().set("a4-16");
        s.maxmemoryPolicyProperty().set(service.defaultMaxmemoryPolicy());
        s.storageGbProperty().set(service.storage().minGb() * 2);
        s.trustedSources().setAll(List.of(new TrustedSource("85.215.10.20/32", "office")));
        s.regionProperty().set(service.regions().get(0).id());
        s.billingModeProperty().set(BillingMode.EXISTING);
        s.billingProfileIdProperty().set(PROFILE_ID);
        s.referenceProperty().set("PO-4711");
        return s;
    }

    /** Sets faults for the next matching requests, e.g. {@code fault("POST", "/orders", "close-after-store", 1, "")}. */
    public void fault(String method, String path, String kind, int count, String extra) {
        control("{\"faults\":[{\"method\":\"" + method + "\",\"path\":\"" + path + "\",\"kind\":\"" + kind
                + "\",\"count\":" + count + (extra.isEmpty() ? "" : "," + extra) + "}]}");
    }

    public JsonNode control(String json) {
        return exchange(HttpRequest.newBuilder(controlUri()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public int ordersOnServer() {
        return exchange(HttpRequest.newBuilder(controlUri()).GET().build()).path("orders").asInt(-1);
    }

    private URI controlUri() {
        return URI.create(baseUri() + "/sandbox/control");
    }

    private JsonNode exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = control.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("sandbox control refused: " + response.body());
            }
            return mapper.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("sandbox control unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        server.close();
    }

    /** Records what a page asks of the wizard shell. */
    public static final class RecordingNavigator implements WizardNavigator {
        public final List<StepId> wentTo = new CopyOnWriteArrayList<>();
        public final List<StepId> edited = new CopyOnWriteArrayList<>();

        @Override
        public void goTo(StepId step) {
            wentTo.add(step);
        }

        @Override
        public void editFromSummary(StepId step) {
            edited.add(step);
        }
    }
}
