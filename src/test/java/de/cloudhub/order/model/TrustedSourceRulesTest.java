package de.cloudhub.order.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrustedSourceRulesTest {
    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;
    private static final Severity N = Severity.NOTICE;

    /** input, allowAll, expected normalised cidr (null = unparseable), expected code (null = none), severity. */
    static Stream<Arguments> singleEntries() {
        return Stream.of(
                // public IPv4 / IPv6, single and CIDR
                Arguments.of("85.215.1.10", false, "85.215.1.10/32", null, null),
                Arguments.of("  85.215.1.10  ", false, "85.215.1.10/32", null, null),
                Arguments.of("85.215.1.0/24", false, "85.215.1.0/24", null, null),
                Arguments.of("8.8.8.8/32", false, "8.8.8.8/32", null, null),
                Arguments.of("2a00:1169::1", false, "2a00:1169::1/128", null, null),
                Arguments.of("2A00:1169:0:0::/64", false, "2a00:1169::/64", null, null),
                Arguments.of("2a00:1169::/48", false, "2a00:1169::/48", null, null),
                // host bits
                Arguments.of("85.215.1.77/24", false, "85.215.1.0/24", TrustedSourceRules.HOST_BITS, N),
                Arguments.of("2a00:1169::1/64", false, "2a00:1169::/64", TrustedSourceRules.HOST_BITS, N),
                // private, loopback, link-local, CGNAT, multicast, unspecified, broadcast
                Arguments.of("10.1.2.3", false, "10.1.2.3/32", TrustedSourceRules.PRIVATE, E),
                Arguments.of("172.16.5.4/16", false, "172.16.0.0/16", TrustedSourceRules.PRIVATE, E),
                Arguments.of("172.31.255.255", false, "172.31.255.255/32", TrustedSourceRules.PRIVATE, E),
                Arguments.of("192.168.0.0/16", false, "192.168.0.0/16", TrustedSourceRules.PRIVATE, E),
                Arguments.of("fd12:3456::1", false, "fd12:3456::1/128", TrustedSourceRules.PRIVATE, E),
                Arguments.of("127.0.0.1", false, "127.0.0.1/32", TrustedSourceRules.LOOPBACK, E),
                Arguments.of("::1", false, "::1/128", TrustedSourceRules.LOOPBACK, E),
                Arguments.of("169.254.10.10", false, "169.254.10.10/32", TrustedSourceRules.LINK_LOCAL, E),
                Arguments.of("fe80::1", false, "fe80::1/128", TrustedSourceRules.LINK_LOCAL, E),
                Arguments.of("100.64.0.1", false, "100.64.0.1/32", TrustedSourceRules.SHARED, E),
                Arguments.of("100.127.255.0/24", false, "100.127.255.0/24", TrustedSourceRules.SHARED, E),
                Arguments.of("224.0.0.1", false, "224.0.0.1/32", TrustedSourceRules.MULTICAST, E),
                Arguments.of("ff02::1", false, "ff02::1/128", TrustedSourceRules.MULTICAST, E),
                Arguments.of("0.0.0.0", false, "0.0.0.0/32", TrustedSourceRules.UNSPECIFIED, E),
                Arguments.of("::", false, "::/128", TrustedSourceRules.UNSPECIFIED, E),
                Arguments.of("255.255.255.255", false, "255.255.255.255/32", TrustedSourceRules.BROADCAST, E),
                // reserved and documentation ranges
                Arguments.of("0.1.2.3", false, "0.1.2.3/32", TrustedSourceRules.RESERVED, E),
                Arguments.of("192.0.0.8", false, "192.0.0.8/32", TrustedSourceRules.RESERVED, E),
                Arguments.of("192.0.2.1", false, "192.0.2.1/32", TrustedSourceRules.DOCUMENTATION, E),
                Arguments.of("198.18.0.1", false, "198.18.0.1/32", TrustedSourceRules.RESERVED, E),
                Arguments.of("198.19.255.0/24", false, "198.19.255.0/24", TrustedSourceRules.RESERVED, E),
                Arguments.of("198.51.100.7", false, "198.51.100.7/32", TrustedSourceRules.DOCUMENTATION, E),
                Arguments.of("203.0.113.0/24", false, "203.0.113.0/24", TrustedSourceRules.DOCUMENTATION, E),
                Arguments.of("240.0.0.1", false, "240.0.0.1/32", TrustedSourceRules.RESERVED, E),
                Arguments.of("2001:db8::1", false, "2001:db8::1/128", TrustedSourceRules.DOCUMENTATION, E),
                Arguments.of("::ffff:85.215.1.10", false, "::ffff:55d7:10a/128", TrustedSourceRules.RESERVED, E),
                Arguments.of("64:ff9b::808:808", false, "64:ff9b::808:808/128", null, null),
                Arguments.of("64:ff9b:1::1", false, "64:ff9b:1::1/128", TrustedSourceRules.RESERVED, E),
                Arguments.of("2001:19f:da80::1", false, "2001:19f:da80::1/128", TrustedSourceRules.RESERVED, E),
                Arguments.of("2002:5d7:10a::1", false, "2002:5d7:10a::1/128", TrustedSourceRules.RESERVED, E),
                Arguments.of("100::1", false, "100::1/128", TrustedSourceRules.RESERVED, E),
                Arguments.of("4000::1", false, "4000::1/128", TrustedSourceRules.NOT_GLOBAL_IPV6, E),
                // ranges that include a non-public range
                Arguments.of("8.0.0.0/6", false, "8.0.0.0/6", TrustedSourceRules.OVERLAPS_NON_PUBLIC, E),
                Arguments.of("192.0.0.0/16", false, "192.0.0.0/16", TrustedSourceRules.OVERLAPS_NON_PUBLIC, E),
                Arguments.of("fc00::/6", false, "fc00::/6", TrustedSourceRules.OVERLAPS_NON_PUBLIC, E),
                // all addresses
                Arguments.of("0.0.0.0/0", false, "0.0.0.0/0", TrustedSourceRules.ALL_ADDRESSES, E),
                Arguments.of("0.0.0.0/0", true, "0.0.0.0/0", TrustedSourceRules.ALL_ADDRESSES_CONFIRMED, W),
                Arguments.of("::/0", false, "::/0", TrustedSourceRules.ALL_ADDRESSES, E),
                Arguments.of("::/0", true, "::/0", TrustedSourceRules.ALL_ADDRESSES_CONFIRMED, W),
                // broad ranges
                Arguments.of("85.0.0.0/8", false, "85.0.0.0/8", TrustedSourceRules.BROAD, W),
                Arguments.of("85.214.0.0/15", false, "85.214.0.0/15", TrustedSourceRules.BROAD, W),
                Arguments.of("85.215.0.0/16", false, "85.215.0.0/16", null, null),
                Arguments.of("2a00::/32", false, "2a00::/32", TrustedSourceRules.BROAD, W),
                // garbage
                Arguments.of("999.1.1.1", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("1.2.3.4/33", false, null, TrustedSourceRules.PREFIX_INVALID, E),
                Arguments.of("2a00::1/129", false, null, TrustedSourceRules.PREFIX_INVALID, E),
                Arguments.of("1.2.3.4/abc", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("::g", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("1.2.3", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("1.2.3.4.5", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("1.2.3.*", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("1.2.3.1-5", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("010.1.1.1", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("1.2.3.4/255.255.255.0", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("fe80::1%eth0", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("*", false, null, TrustedSourceRules.INVALID, E),
                Arguments.of("", false, null, TrustedSourceRules.EMPTY, E),
                Arguments.of("   ", false, null, TrustedSourceRules.EMPTY, E),
                Arguments.of(null, false, null, TrustedSourceRules.EMPTY, E),
                Arguments.of("1".repeat(10_000), false, null, TrustedSourceRules.TOO_LONG, E),
                Arguments.of("example.com", false, null, TrustedSourceRules.HOSTNAME, E),
                Arguments.of("localhost", false, null, TrustedSourceRules.HOSTNAME, E),
                Arguments.of("\u0000\n\t", false, null, TrustedSourceRules.INVALID, E));
    }

    @ParameterizedTest(name = "[{index}] {0} allowAll={1} -> {3}")
    @MethodSource("singleEntries")
    void singleEntryIsNormalisedAndJudged(String input, boolean allowAll, String cidr, String code, Severity severity) {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource(input, null)), allowAll, 100);

        assertThat(check.entries()).hasSize(1);
        assertThat(check.entries().get(0).cidr()).isEqualTo(cidr);
        if (code == null) {
            assertThat(check.problems()).isEmpty();
        } else {
            assertThat(check.problems())
                    .anySatisfy(p -> {
                        assertThat(p.code()).isEqualTo(code);
                        assertThat(p.severity()).isEqualTo(severity);
                        assertThat(p.field()).isEqualTo("trustedSources[0].cidr");
                    });
            assertThat(check.problems()).filteredOn(Problem::isError).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void hostBitsAreClearedWithNoticeNamingRangeAndCount() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("85.215.1.3/24", "x")), false, 100);

        NormalizedSource entry = check.entries().get(0);
        assertThat(entry.cidr()).isEqualTo("85.215.1.0/24");
        assertThat(entry.addressCount()).isEqualTo(BigInteger.valueOf(256));
        assertThat(check.problems()).containsExactly(Problem.notice("trustedSources[0].cidr",
                TrustedSourceRules.HOST_BITS, "85.215.1.3/24", "85.215.1.0/24", BigInteger.valueOf(256)));
        assertThat(check.hasErrors()).isFalse();
    }

    @Test
    void privateRangeWithHostBitsIsNormalisedAndStillAnError() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("10.1.2.3/24", null)), false, 100);

        assertThat(check.entries().get(0).cidr()).isEqualTo("10.1.2.0/24");
        assertThat(check.entries().get(0).addressCount()).isEqualTo(BigInteger.valueOf(256));
        assertThat(check.problems()).extracting(Problem::code)
                .containsExactly(TrustedSourceRules.HOST_BITS, TrustedSourceRules.PRIVATE);
    }

    @Test
    void singleAddressesCountOne() {
        TrustedSourceCheck check = TrustedSourceRules.check(
                List.of(new TrustedSource("85.215.1.10", null), new TrustedSource("2a00:1169::1", null)), false, 100);

        assertThat(check.entries()).extracting(NormalizedSource::addressCount)
                .containsExactly(BigInteger.ONE, BigInteger.ONE);
    }

    @Test
    void errorNamesTheNonPublicRange() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("172.20.1.1", null)), false, 100);

        assertThat(check.problems()).containsExactly(Problem.error("trustedSources[0].cidr",
                TrustedSourceRules.PRIVATE, "172.20.1.1/32", "172.16.0.0/12"));
    }

    @Test
    void emptyListIsAnErrorOnTheList() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(), false, 100);

        assertThat(check.problems()).containsExactly(Problem.error("trustedSources", TrustedSourceRules.REQUIRED));
    }

    @Test
    void nullListIsAnErrorOnTheList() {
        assertThat(TrustedSourceRules.check(null, false, 100).problems())
                .extracting(Problem::code).containsExactly(TrustedSourceRules.REQUIRED);
    }

    @Test
    void moreThanMaximumIsAnError() {
        List<TrustedSource> four = List.of(new TrustedSource("85.215.1.1", null), new TrustedSource("85.215.1.2", null),
                new TrustedSource("85.215.1.3", null), new TrustedSource("85.215.1.4", null));

        TrustedSourceCheck check = TrustedSourceRules.check(four, false, 3);

        assertThat(check.problems()).containsExactly(Problem.error("trustedSources", TrustedSourceRules.TOO_MANY, 3, 4));
    }

    @Test
    void exactlyMaximumIsFine() {
        List<TrustedSource> three = List.of(new TrustedSource("85.215.1.1", null), new TrustedSource("85.215.1.2", null),
                new TrustedSource("85.215.1.3", null));

        assertThat(TrustedSourceRules.check(three, false, 3).problems()).isEmpty();
    }

    @Test
    void duplicateWarnsOnTheLaterEntryNamingTheFirst() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("85.215.1.10", null),
                new TrustedSource("85.215.1.10/32", null)), false, 100);

        assertThat(check.problems()).containsExactly(Problem.warning("trustedSources[1].cidr",
                TrustedSourceRules.DUPLICATE, "85.215.1.10/32", 1));
    }

    @Test
    void duplicateAfterNormalisationIsFound() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("85.215.1.0/24", null),
                new TrustedSource("85.215.1.99/24", null)), false, 100);

        assertThat(check.problems()).extracting(Problem::code)
                .containsExactly(TrustedSourceRules.HOST_BITS, TrustedSourceRules.DUPLICATE);
    }

    @Test
    void containedEntryWarnsNamingTheWiderOne() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("85.215.1.10", null),
                new TrustedSource("85.215.0.0/16", null)), false, 100);

        assertThat(check.problems()).containsExactly(Problem.warning("trustedSources[0].cidr",
                TrustedSourceRules.CONTAINED, "85.215.1.10/32", "85.215.0.0/16", 2));
    }

    @Test
    void ipv6ContainmentIsFound() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("2a00:1169::/48", null),
                new TrustedSource("2a00:1169:0:1::/64", null)), false, 100);

        assertThat(check.problems()).containsExactly(Problem.warning("trustedSources[1].cidr",
                TrustedSourceRules.CONTAINED, "2a00:1169:0:1::/64", "2a00:1169::/48", 1));
    }

    @Test
    void ipv4AndIpv6EntriesNeverContainEachOther() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("::/0", null),
                new TrustedSource("85.215.1.10", null)), true, 100);

        assertThat(check.problems()).extracting(Problem::code)
                .containsExactly(TrustedSourceRules.ALL_ADDRESSES_CONFIRMED);
    }

    @Test
    void descriptionUpTo64PrintableCharactersIsFine() {
        TrustedSourceCheck check = TrustedSourceRules.check(
                List.of(new TrustedSource("85.215.1.10", "  Büro Köln – VPN " + "x".repeat(48) + " ")), false, 100);

        assertThat(check.problems()).isEmpty();
        assertThat(check.entries().get(0).description()).hasSize(64);
    }

    @Test
    void descriptionLongerThan64IsAnError() {
        TrustedSourceCheck check = TrustedSourceRules.check(
                List.of(new TrustedSource("85.215.1.10", "x".repeat(65))), false, 100);

        assertThat(check.problems()).containsExactly(Problem.error("trustedSources[0].description",
                TrustedSourceRules.DESCRIPTION_TOO_LONG, 64, 65));
    }

    @Test
    void descriptionWithControlCharacterIsAnError() {
        TrustedSourceCheck check = TrustedSourceRules.check(
                List.of(new TrustedSource("85.215.1.10", "Office\nBerlin")), false, 100);

        assertThat(check.problems()).containsExactly(Problem.error("trustedSources[0].description",
                TrustedSourceRules.DESCRIPTION_NON_PRINTABLE));
    }

    @Test
    void blankDescriptionIsDropped() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("85.215.1.10", "   ")), false, 100);

        assertThat(check.entries().get(0).description()).isNull();
    }

    @Test
    void everyEntryIsCheckedAndKeepsItsIndex() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource("85.215.1.10", null),
                new TrustedSource("999.1.1.1", null), new TrustedSource("10.0.0.1", null)), false, 100);

        assertThat(check.entries()).extracting(NormalizedSource::input)
                .containsExactly("85.215.1.10", "999.1.1.1", "10.0.0.1");
        assertThat(check.problems()).extracting(Problem::field)
                .containsExactly("trustedSources[1].cidr", "trustedSources[2].cidr");
    }

    @Test
    void nullEntryIsReportedAsEmpty() {
        TrustedSourceCheck check = TrustedSourceRules.check(java.util.Arrays.asList((TrustedSource) null), false, 100);

        assertThat(check.problems()).extracting(Problem::code).containsExactly(TrustedSourceRules.EMPTY);
    }

    @Test
    void splitInputAcceptsLinesCommasSemicolonsAndBlanks() {
        assertThat(TrustedSourceRules.splitInput(" 85.215.1.10, 85.215.2.0/24;2a00:1169::1\r\n\n 8.8.8.8\t9.9.9.9 "))
                .containsExactly("85.215.1.10", "85.215.2.0/24", "2a00:1169::1", "8.8.8.8", "9.9.9.9");
    }

    @Test
    void splitInputOfNothingIsEmpty() {
        assertThat(TrustedSourceRules.splitInput(null)).isEmpty();
        assertThat(TrustedSourceRules.splitInput(" ,; \n")).isEmpty();
    }

    @Test
    void checkOneJudgesASingleRow() {
        List<Problem> problems = new java.util.ArrayList<>();

        NormalizedSource entry = TrustedSourceRules.checkOne("85.215.1.3/24", 4, false, problems);

        assertThat(entry.cidr()).isEqualTo("85.215.1.0/24");
        assertThat(problems).extracting(Problem::field).containsExactly("trustedSources[4].cidr");
    }

    @Test
    void normalizedSourcesAreWhatToSend() {
        TrustedSourceCheck check = TrustedSourceRules.check(List.of(new TrustedSource(" 85.215.1.3/24 ", " Office "),
                new TrustedSource("nonsense", "x"), new TrustedSource("2A00:1169::1", null)), false, 100);

        assertThat(check.normalizedSources()).containsExactly(new TrustedSource("85.215.1.0/24", "Office"),
                new TrustedSource("2a00:1169::1/128", null));
    }

    @Test
    void mergeCombinesNeighboursIntoRangesThatAllowExactlyTheListedAddresses() {
        List<TrustedSource> merged = TrustedSourceRules.mergeNeighbours(List.of(
                new TrustedSource("93.184.216.4/32", "a"), new TrustedSource("93.184.216.5/32", "b"),
                new TrustedSource("93.184.216.6/31", "a"), new TrustedSource("2a00:1450:4001::/49", null),
                new TrustedSource("2a00:1450:4001:8000::/49", null)));

        assertThat(merged).containsExactly(new TrustedSource("93.184.216.4/30", "a, b"),
                new TrustedSource("2a00:1450:4001::/48", null));
    }

    @Test
    void mergeNeverMakesARangeThatAllowsMoreThanListed() {
        List<TrustedSource> sources = List.of(new TrustedSource("93.184.216.1/32", null),
                new TrustedSource("93.184.216.2/32", null), new TrustedSource("93.184.216.3/32", null));

        List<TrustedSource> merged = TrustedSourceRules.mergeNeighbours(sources);

        // .1 alone, then .2/31 (= .2 and .3): a /30 would also allow .0
        assertThat(merged).containsExactly(new TrustedSource("93.184.216.1/32", null),
                new TrustedSource("93.184.216.2/31", null));
    }

    @Test
    void mergeKeepsEntriesWithAnErrorAsTheyAre() {
        List<TrustedSource> sources = List.of(new TrustedSource("10.0.0.0/32", null),
                new TrustedSource("10.0.0.1/32", null), new TrustedSource("0.0.0.0/0", null));

        assertThat(TrustedSourceRules.mergeNeighbours(sources)).isEqualTo(sources);
    }
}
