package de.cloudhub.order.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the control API sets: timings, outcomes, faults, the terms version, the client address, the rate limit,
 * the lifetimes of sign-in codes and tokens.
 */
final class SandboxSettings {
    static final Duration DEFAULT_NEW_DURATION = Duration.ofSeconds(3);
    static final Duration DEFAULT_PROCESSING_DURATION = Duration.ofSeconds(5);
    static final String DEFAULT_TERMS_VERSION = "2026-01";
    /** Public unicast, outside every reserved and documentation block, so the model accepts it. */
    static final String DEFAULT_CLIENT_ADDRESS = "81.173.12.34";
    static final int DEFAULT_REQUESTS_PER_SECOND = 100;
    static final Duration DEFAULT_ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(5);
    static final Duration DEFAULT_REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);
    static final Duration DEFAULT_CODE_LIFETIME = Duration.ofSeconds(60);

    private Duration newDuration;
    private Duration processingDuration;
    private final Deque<Outcome> nextOutcomes = new ArrayDeque<>();
    private final List<Fault> faults = new ArrayList<>();
    private String termsVersion;
    private String clientAddress;
    private int requestsPerSecond;
    private Duration accessTokenLifetime;
    private Duration refreshTokenLifetime;
    private Duration codeLifetime;

    SandboxSettings() {
        reset();
    }

    synchronized void reset() {
        newDuration = DEFAULT_NEW_DURATION;
        processingDuration = DEFAULT_PROCESSING_DURATION;
        nextOutcomes.clear();
        faults.clear();
        termsVersion = DEFAULT_TERMS_VERSION;
        clientAddress = DEFAULT_CLIENT_ADDRESS;
        requestsPerSecond = DEFAULT_REQUESTS_PER_SECOND;
        accessTokenLifetime = DEFAULT_ACCESS_TOKEN_LIFETIME;
        refreshTokenLifetime = DEFAULT_REFRESH_TOKEN_LIFETIME;
        codeLifetime = DEFAULT_CODE_LIFETIME;
    }

    synchronized Duration newDuration() {
        return newDuration;
    }

    synchronized Duration processingDuration() {
        return processingDuration;
    }

    synchronized void durations(Duration forNew, Duration forProcessing) {
        if (forNew != null) {
            newDuration = forNew;
        }
        if (forProcessing != null) {
            processingDuration = forProcessing;
        }
    }

    synchronized void nextOutcomes(List<Outcome> outcomes) {
        nextOutcomes.clear();
        nextOutcomes.addAll(outcomes);
    }

    /** The outcome of the order created now: the next one queued, else DONE. */
    synchronized Outcome takeOutcome() {
        Outcome next = nextOutcomes.pollFirst();
        return next == null ? Outcome.DONE : next;
    }

    synchronized void faults(List<Fault> newFaults) {
        faults.clear();
        faults.addAll(newFaults);
    }

    /** The first pending fault for this request, used up by it. */
    synchronized Optional<Fault> takeFault(String method, String path) {
        for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
            Fault fault = it.next();
            if (fault.matches(method, path)) {
                fault.consume();
                if (fault.exhausted()) {
                    it.remove();
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    synchronized String termsVersion() {
        return termsVersion;
    }

    synchronized void termsVersion(String version) {
        termsVersion = version;
    }

    synchronized String clientAddress() {
        return clientAddress;
    }

    synchronized void clientAddress(String address) {
        clientAddress = address;
    }

    synchronized int requestsPerSecond() {
        return requestsPerSecond;
    }

    synchronized void requestsPerSecond(int perSecond) {
        requestsPerSecond = perSecond;
    }

    synchronized Duration accessTokenLifetime() {
        return accessTokenLifetime;
    }

    synchronized Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    synchronized Duration codeLifetime() {
        return codeLifetime;
    }

    /** Lifetimes of codes and tokens issued from now on; a null one keeps its value. */
    synchronized void tokenLifetimes(Duration access, Duration refresh, Duration code) {
        if (access != null) {
            accessTokenLifetime = access;
        }
        if (refresh != null) {
            refreshTokenLifetime = refresh;
        }
        if (code != null) {
            codeLifetime = code;
        }
    }

    synchronized Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        Map<String, Object> durations = new LinkedHashMap<>();
        durations.put("newMillis", newDuration.toMillis());
        durations.put("processingMillis", processingDuration.toMillis());
        d.put("durations", durations);
        d.put("nextOutcomes", nextOutcomes.stream().map(o -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", o.status().wireName());
            m.put("reason", o.reason());
            return m;
        }).toList());
        d.put("faults", faults.stream().map(Fault::describe).toList());
        d.put("termsVersion", termsVersion);
        d.put("clientAddress", clientAddress);
        d.put("rateLimit", Map.of("requestsPerSecond", requestsPerSecond));
        Map<String, Object> lifetimes = new LinkedHashMap<>();
        lifetimes.put("accessMillis", accessTokenLifetime.toMillis());
        lifetimes.put("refreshMillis", refreshTokenLifetime.toMillis());
        lifetimes.put("codeMillis", codeLifetime.toMillis());
        d.put("tokenLifetimes", lifetimes);
        return d;
    }
}
