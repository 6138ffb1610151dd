package de.cloudhub.order.sandbox;

import java.net.URI;

/** SCAFFOLD: the sandbox helper implements it. A real HTTP server on 127.0.0.1 implementing docs/api.md. */
public final class SandboxServer implements AutoCloseable {
    /** Starts on {@code port} (0 = a free one), bound to 127.0.0.1 only. */
    public static SandboxServer start(int port) {
        return new SandboxServer();
    }

    /** {@code http://127.0.0.1:<port>/api/v1} */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:0/api/v1");
    }

    public int port() {
        return 0;
    }

    @Override
    public void close() {
    }
}
