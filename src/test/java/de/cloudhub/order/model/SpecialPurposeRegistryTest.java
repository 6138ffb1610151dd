package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the IANA special-purpose address registries (dated test data in
 * {@code iana-special-purpose-addresses.csv}) against the trusted-source rules: an address is
 * accepted exactly when the most specific registry block that holds it is globally reachable.
 */
class SpecialPurposeRegistryTest {
    /** The codes that say "this can never reach a service on a public address". */
    private static final Set<String> NOT_REACHABLE = Set.of(TrustedSourceRules.PRIVATE, TrustedSourceRules.LOOPBACK,
            TrustedSourceRules.LINK_LOCAL, TrustedSourceRules.SHARED, TrustedSourceRules.MULTICAST,
            TrustedSourceRules.UNSPECIFIED, TrustedSourceRules.BROADCAST, TrustedSourceRules.DOCUMENTATION,
            TrustedSourceRules.RESERVED, TrustedSourceRules.NOT_GLOBAL_IPV6, TrustedSourceRules.OVERLAPS_NON_PUBLIC);

    record Row(String registry, IPAddress block, String name, String reachable) {
        boolean isReachable() {
            return "True".equals(reachable);
        }

        @Override
        public String toString() {
            return registry + " " + block.toCanonicalString() + " (" + name + ", globally reachable: " + reachable + ")";
        }
    }

    static final List<Row> ROWS = readRows();

    static Stream<Arguments> rows() {
        return ROWS.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theWholeBlockIsJudgedByItsGloballyReachableColumn(Row row) {
        assertJudged(row.block(), row.isReachable(), row);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theFirstAndLastAddressAreJudgedByTheMostSpecificBlockHoldingThem(Row row) {
        for (IPAddress address : List.of(row.block().getLower().withoutPrefixLength(),
                row.block().getUpper().withoutPrefixLength())) {
            Row decisive = mostSpecificHolding(address);
            assertJudged(address, decisive.isReachable(), decisive);
        }
    }

    @Test
    void theTableHasEveryRowOfBothRegistries() {
        assertThat(ROWS).filteredOn(r -> r.registry().equals("ipv4")).hasSize(25);
        assertThat(ROWS).filteredOn(r -> r.registry().equals("ipv6")).hasSize(24);
    }

    @Test
    void noUnreachableBlockLiesInsideAReachableOne() {
        // so a reachable row's whole block must be accepted, as the first test expects
        for (Row outer : ROWS) {
            if (outer.isReachable()) {
                assertThat(ROWS).filteredOn(inner -> !inner.isReachable() && inner != outer
                        && sameVersion(inner.block(), outer.block()) && outer.block().contains(inner.block())).isEmpty();
            }
        }
    }

    @Test
    void anAddressInTheIetfProtocolAssignmentsIsRefused() {
        assertRefused("2001:19f:da80::1");
    }

    @Test
    void reachableBlocksInsideUnreachableOnesAreAccepted() {
        assertAccepted("192.0.0.9");
        assertAccepted("2001:20::1");
        assertAccepted("2001:1::1");
        assertAccepted("64:ff9b::808:808");
    }

    @Test
    void aRangeThatCoversAReachableAndAnUnreachablePartIsRefused() {
        assertRefused("192.0.0.8/31");
        assertRefused("2001:1::/126");
    }

    @Test
    void addressesOutsideEveryRegistryBlockFollowTheGlobalUnicastSpace() {
        assertAccepted("85.215.1.10");
        assertAccepted("2a00:1169::1");
        assertRefused("4000::1");
        assertRefused("224.0.0.1");
        assertRefused("ff02::1");
    }

    private static void assertAccepted(String input) {
        assertJudged(new IPAddressString(input).getAddress(), true, input);
    }

    private static void assertRefused(String input) {
        assertJudged(new IPAddressString(input).getAddress(), false, input);
    }

    private static void assertJudged(IPAddress address, boolean reachable, Object because) {
        String input = address.toCanonicalString();
        List<Problem> refusals = TrustedSourceRules.check(List.of(new TrustedSource(input, null)), false, 100)
                .problems().stream()
                .filter(p -> p.isError() && NOT_REACHABLE.contains(p.code()))
                .toList();
        if (reachable) {
            assertThat(refusals).as("%s should be accepted because of %s", input, because).isEmpty();
        } else {
            assertThat(refusals).as("%s should be refused because of %s", input, because).hasSize(1);
        }
    }

    private static Row mostSpecificHolding(IPAddress address) {
        return ROWS.stream()
                .filter(r -> sameVersion(r.block(), address) && r.block().contains(address))
                .max(Comparator.comparing(r -> r.block().getPrefixLength()))
                .orElseThrow();
    }

    private static boolean sameVersion(IPAddress a, IPAddress b) {
        return a.getIPVersion() == b.getIPVersion();
    }

    private static List<Row> readRows() {
        var resource = SpecialPurposeRegistryTest.class.getResourceAsStream("iana-special-purpose-addresses.csv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(resource),
                StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split(";", -1))
                    .map(cells -> new Row(cells[0], new IPAddressString(cells[1]).getAddress().toPrefixBlock(),
                            cells[2], cells[9]))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
