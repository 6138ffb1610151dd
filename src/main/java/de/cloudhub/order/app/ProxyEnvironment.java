package de.cloudhub.order.app;

import de.cloudhub.order.api.ProxySettings;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Which proxy the API client uses, in this order: explicit Java properties ({@code -Dhttps.proxyHost}
 * and friends, applied by the JVM's proxy selector); else {@code HTTPS_PROXY} / {@code https_proxy}
 * with {@code NO_PROXY} / {@code no_proxy}; else the operating system's proxy settings, which the JVM
 * reads only when {@code java.net.useSystemProxies} is on before its proxy selector is first used.
 * Loopback hosts are never proxied.
 */
final class ProxyEnvironment {
    static final String USE_SYSTEM_PROXIES = "java.net.useSystemProxies";

    private ProxyEnvironment() {
    }

    /**
     * Lets the JVM's proxy selector read the desktop's or OS's proxy settings, unless the user decided
     * otherwise with {@code -Djava.net.useSystemProxies=false}. Must run before anything touches
     * {@link java.net.ProxySelector}: the JVM reads the property once.
     */
    static void useSystemProxies() {
        if (System.getProperty(USE_SYSTEM_PROXIES) == null) {
            System.setProperty(USE_SYSTEM_PROXIES, "true");
        }
    }

    /**
     * The proxy from the environment, or empty when the JVM's proxy selector decides (Java properties
     * set, or no proxy variable). Throws IllegalArgumentException with one line (never the password)
     * when the variable holds no usable proxy address.
     */
    static Optional<ProxySettings> choose(Map<String, String> env, UnaryOperator<String> systemProperty) {
        String explicitHost = systemProperty.apply("https.proxyHost");
        if (explicitHost != null && !explicitHost.isBlank()) {
            return Optional.empty();
        }
        String variable = firstSet(env, "HTTPS_PROXY", "https_proxy");
        if (variable == null) {
            return Optional.empty();
        }
        String noProxy = firstSet(env, "NO_PROXY", "no_proxy");
        try {
            return Optional.of(ProxySettings.parse(env.get(variable), noProxy == null ? null : env.get(noProxy)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(variable + ": " + e.getMessage(), e);
        }
    }

    /** The first of {@code names} set to a non-blank value. */
    private static String firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return name;
            }
        }
        return null;
    }
}
