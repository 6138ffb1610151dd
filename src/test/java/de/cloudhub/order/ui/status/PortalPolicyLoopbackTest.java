package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox policy accepts exactly the hosts the API client treats as loopback. */
class PortalPolicyLoopbackTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/api/v1", "http://127.0.0.2:8080/api/v1",
            "http://127.255.255.254:8080/api/v1", "http://localhost:8080/api/v1",
            "http://[::1]:8080/api/v1"})
    void aSandboxOnAnyLoopbackAddressIsAccepted(String sandbox) {
        PortalPolicy policy = PortalPolicy.sandbox(URI.create(sandbox));

        URI origin = policy.portalOrigin();
        assertThat(policy.allowed(origin + "/portal/orders/ord-1")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://128.0.0.1:8080/api/v1", "http://10.0.0.1:8080/api/v1",
            "http://127.example.com:8080/api/v1", "http://[::2]:8080/api/v1"})
    void aSandboxOffTheMachineIsRefused(String sandbox) {
        assertThatThrownBy(() -> PortalPolicy.sandbox(URI.create(sandbox))).isInstanceOf(IllegalArgumentException.class);
    }
}
