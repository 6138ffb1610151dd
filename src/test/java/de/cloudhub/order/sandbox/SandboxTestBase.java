package de.cloudhub.order.sandbox;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One sandbox per test class, reset before each test; orders stay {@code new} unless a test speeds them up. */
abstract class SandboxTestBase {
    static SandboxServer server;
    static RawHttp http;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(0);
        http = new RawHttp(server.baseUri());
    }

    @AfterAll
    static void stopSandbox() {
        server.close();
    }

    @BeforeEach
    void resetSandbox() {
        http.control("{\"reset\":true,\"durations\":{\"newSeconds\":60,\"processingSeconds\":60}}");
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    static String origin() {
        return "http://127.0.0.1:" + server.port();
    }
}
