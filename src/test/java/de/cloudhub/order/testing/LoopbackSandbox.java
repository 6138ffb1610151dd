package de.cloudhub.order.testing;

import com.fasterxml.jackson.databind.JsonNode;
import de.cloudhub.order.sandbox.SandboxServer;
import java.net.URI;

/**
 * A sandbox on a free loopback port with the test's own line to its control API; test fixtures extend
 * it with the clients and states they need.
 */
public class LoopbackSandbox implements AutoCloseable {
    private final SandboxServer server = SandboxServer.start(0);
    private final SandboxControlClient control = new SandboxControlClient(server.baseUri());

    public final URI baseUri() {
        return server.baseUri();
    }

    /** {@code http://127.0.0.1:<port>}: the origin and issuer of sign-in (its metadata hangs off it). */
    public final URI origin() {
        return server.origin();
    }

    public final int port() {
        return server.port();
    }

    public final SandboxControlClient controls() {
        return control;
    }

    /** Back to the start state, with order timers long enough not to move orders during a test. */
    public final void reset() {
        control.resetWithTimersOf(600);
    }

    /** POSTs {@code json} to the control API; see {@link SandboxControlClient#control(String)}. */
    public final JsonNode control(String json) {
        return control.control(json);
    }

    /** See {@link SandboxControlClient#fault(String, String, String, int, String)}. */
    public final void fault(String method, String path, String kind, int count, String extra) {
        control.fault(method, path, kind, count, extra);
    }

    /** See {@link SandboxControlClient#durations(long, long)}. */
    public final void durations(long newMillis, long processingMillis) {
        control.durations(newMillis, processingMillis);
    }

    /** See {@link SandboxControlClient#nextFails(String)}. */
    public final void nextFails(String reason) {
        control.nextFails(reason);
    }

    /** The sandbox's own view: {@code orders}, {@code idempotencyKeys}, settings. */
    public final JsonNode state() {
        return control.state();
    }

    /** How many injected faults still wait for a request: a fault that fired its last time is gone. */
    public final int faultsWaiting() {
        return state().path("faults").size();
    }

    /** How many orders the sandbox holds (all customers). */
    public final int ordersOnServer() {
        return control.ordersStored();
    }

    @Override
    public void close() {
        server.close();
    }
}
