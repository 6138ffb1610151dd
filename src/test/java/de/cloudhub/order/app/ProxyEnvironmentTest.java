package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.cloudhub.order.api.ProxySettings;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order in which the proxy is chosen: Java properties, then HTTPS_PROXY, then the system's. */
class ProxyEnvironmentTest {
    private static final UnaryOperator<String> NO_PROPERTIES = name -> null;
    private String useSystemProxiesBefore;

    @BeforeEach
    void rememberProperty() {
        useSystemProxiesBefore = System.getProperty(ProxyEnvironment.USE_SYSTEM_PROXIES);
    }

    @AfterEach
    void restoreProperty() {
        if (useSystemProxiesBefore == null) {
            System.clearProperty(ProxyEnvironment.USE_SYSTEM_PROXIES);
        } else {
            System.setProperty(ProxyEnvironment.USE_SYSTEM_PROXIES, useSystemProxiesBefore);
        }
    }

    @Test
    void withoutProxyVariablesTheJvmSelectorDecides() {
        assertThat(ProxyEnvironment.choose(Map.of(), NO_PROPERTIES)).isEmpty();
    }

    @Test
    void theUpperCaseVariableComesFirstAndTheLowerCaseOneIsAlsoRead() {
        Optional<ProxySettings> both = ProxyEnvironment.choose(Map.of("HTTPS_PROXY", "http://upper.example:1",
                "https_proxy", "http://lower.example:2"), NO_PROPERTIES);
        Optional<ProxySettings> lower = ProxyEnvironment.choose(Map.of("https_proxy", "http://lower.example:2",
                "no_proxy", ".corp.example"), NO_PROPERTIES);

        assertThat(both).map(ProxySettings::describe).contains("upper.example:1");
        assertThat(lower).map(ProxySettings::describe).contains("lower.example:2");
        assertThat(lower.orElseThrow().appliesTo("api.corp.example", 443)).isFalse();
    }

    @Test
    void aBlankVariableCountsAsUnset() {
        assertThat(ProxyEnvironment.choose(Map.of("HTTPS_PROXY", " ", "https_proxy", "http://lower.example:2"),
                NO_PROPERTIES)).map(ProxySettings::describe).contains("lower.example:2");
    }

    @Test
    void anExplicitJavaProxyPropertyWinsOverTheVariables() {
        assertThat(ProxyEnvironment.choose(Map.of("HTTPS_PROXY", "http://upper.example:1"),
                name -> name.equals("https.proxyHost") ? "java.example" : null)).isEmpty();
    }

    @Test
    void anUnusableVariableIsNamedInTheMessage() {
        assertThatThrownBy(() -> ProxyEnvironment.choose(Map.of("HTTPS_PROXY", "ftp://proxy.example"), NO_PROPERTIES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("HTTPS_PROXY: ");
    }

    @Test
    void systemProxiesAreSwitchedOnUnlessTheUserSaidOtherwise() {
        System.clearProperty(ProxyEnvironment.USE_SYSTEM_PROXIES);
        ProxyEnvironment.useSystemProxies();
        assertThat(System.getProperty(ProxyEnvironment.USE_SYSTEM_PROXIES)).isEqualTo("true");

        System.setProperty(ProxyEnvironment.USE_SYSTEM_PROXIES, "false");
        ProxyEnvironment.useSystemProxies();
        assertThat(System.getProperty(ProxyEnvironment.USE_SYSTEM_PROXIES)).isEqualTo("false");
    }
}
