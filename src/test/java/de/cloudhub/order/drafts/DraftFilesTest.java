package de.cloudhub.order.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.cloudhub.order.drafts.DraftFileImport.Read;
import de.cloudhub.order.drafts.DraftFileImport.Reason;
import de.cloudhub.order.drafts.DraftFileImport.Refused;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.NewBillingProfile;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DraftFilesTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:15:30.123Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static OrderRequest everyField() {
        return new OrderRequest("c-1001", "caas-valkey-8", "a4-16", 150,
                List.of(new TrustedSource("80.156.25.10/32", "office"), new TrustedSource("2001:db8::/48", "home \"ü\"")),
                true, "de-west", "allkeys-lru",
                BillingChoice.newProfile(new NewBillingProfile("Muster GmbH", "Hauptstr. 1", "10115", "Berlin", "DE",
                        "rechnung@example.com", "Erika Mustermann", "DE123456789")),
                new TermsAcceptance("2026-01", true), new BigDecimal("94.00"), "PO-4711");
    }

    private static OrderRequest withoutTermsAndPrice(OrderRequest o) {
        return new OrderRequest(o.customerId(), o.serviceId(), o.nodeSize(), o.storageGb(), o.trustedSources(),
                o.allowAllAddresses(), o.region(), o.maxmemoryPolicy(), o.billing(), null, null, o.reference());
    }

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static Read read(Path file) {
        DraftFileImport result = DraftFiles.read(file);
        assertThat(result).isInstanceOf(Read.class);
        return (Read) result;
    }

    private static Refused refused(Path file) {
        DraftFileImport result = DraftFiles.read(file);
        assertThat(result).isInstanceOf(Refused.class);
        return (Refused) result;
    }

    private static String draft(String order) {
        return "{\"format\": \"cloudhub-order-draft\", \"schemaVersion\": 1, \"title\": \"t\", \"order\": " + order + "}";
    }

    @Test
    void everyFieldSurvivesTheRoundTripButTheTermsAndThePrice() throws Exception {
        Path f = dir.resolve("a.cloudhub-order");
        DraftFiles.write(f, "a4-16 · 150 GB · DE-WEST", everyField(), AT);

        Read back = read(f);
        assertThat(back.leftOut()).isEmpty();
        assertThat(back.draft().title()).isEqualTo("a4-16 · 150 GB · DE-WEST");
        assertThat(back.draft().exportedAt()).isEqualTo(AT);
        assertThat(back.draft().order()).isEqualTo(withoutTermsAndPrice(everyField()));
    }

    @Test
    void anExistingBillingProfileSurvivesTheRoundTrip() throws Exception {
        OrderRequest o = everyField();
        OrderRequest existing = new OrderRequest(o.customerId(), o.serviceId(), o.nodeSize(), o.storageGb(),
                o.trustedSources(), false, o.region(), o.maxmemoryPolicy(), BillingChoice.existing("bp-1001-1"),
                null, null, null);
        Path f = dir.resolve("b.cloudhub-order");
        DraftFiles.write(f, "b", existing, AT);

        assertThat(read(f).draft().order()).isEqualTo(existing);
    }

    @Test
    void theFileIsReadablePrettyJsonWithExactlyTheFieldsOfTheOrderBody() throws Exception {
        Path f = dir.resolve("c.cloudhub-order");
        DraftFiles.write(f, "c", everyField(), AT);

        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).contains("\n").contains("home \\\"ü\\\"");
        JsonNode root = JSON.readTree(text);
        assertThat(root.get("format").asText()).isEqualTo("cloudhub-order-draft");
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(root.get("exportedAt").asText()).isEqualTo("2026-12-01T10:15:30.123Z");
        assertThat(root.get("order").fieldNames()).toIterable().containsExactly("customerId", "serviceId", "nodeSize",
                "storageGb", "trustedSources", "allowAllAddresses", "region", "maxmemoryPolicy", "billing", "reference");
        assertThat(root.get("order").get("trustedSources").get(0).fieldNames()).toIterable()
                .containsExactly("cidr", "description");
        assertThat(text.toLowerCase()).doesNotContain("terms").doesNotContain("quoted").doesNotContain("idempotency")
                .doesNotContain("token").doesNotContain("94.00");
    }

    @Test
    void anEmptyOrderIsWrittenAndReadAsAnEmptyDraft() throws Exception {
        OrderRequest empty = new OrderRequest(null, null, null, null, List.of(), false, null, null, null, null, null, null);
        Path f = dir.resolve("e.cloudhub-order");
        DraftFiles.write(f, "", empty, AT);

        assertThat(read(f).draft().order()).isEqualTo(empty);
        assertThat(read(file("no-order.json", "{\"format\": \"cloudhub-order-draft\", \"schemaVersion\": 1}"))
                .draft().order()).isEqualTo(empty);
    }

    @Test
    void valuesTheCatalogWouldRefuseAreKeptAsWritten() throws Exception {
        Path f = file("invalid.cloudhub-order", draft("""
                {"customerId": "nobody", "serviceId": "no-such-service", "nodeSize": "z9-999", "storageGb": 37,
                 "trustedSources": [{"cidr": "999.1.2.3/33", "description": ""}, {"cidr": "10.0.0.1"},
                                    {"description": "no address"}, {"cidr": "0.0.0.0/0"}],
                 "allowAllAddresses": false, "region": "mars-1", "maxmemoryPolicy": "keep-everything",
                 "billing": {"profileId": "bp-unknown", "newProfile": {"company": "", "country": "XX",
                             "email": "not-an-email", "postalCode": "ABC", "vatId": "DE1"}},
                 "reference": "   "}"""));

        Read back = read(f);
        OrderRequest o = back.draft().order();
        assertThat(back.leftOut()).isEmpty();
        assertThat(o.customerId()).isEqualTo("nobody");
        assertThat(o.serviceId()).isEqualTo("no-such-service");
        assertThat(o.nodeSize()).isEqualTo("z9-999");
        assertThat(o.storageGb()).isEqualTo(37);
        assertThat(o.trustedSources()).containsExactly(new TrustedSource("999.1.2.3/33", ""),
                new TrustedSource("10.0.0.1", null), new TrustedSource(null, "no address"),
                new TrustedSource("0.0.0.0/0", null));
        assertThat(o.region()).isEqualTo("mars-1");
        assertThat(o.maxmemoryPolicy()).isEqualTo("keep-everything");
        assertThat(o.billing()).isEqualTo(new BillingChoice("bp-unknown",
                new NewBillingProfile("", null, "ABC", null, "XX", "not-an-email", null, "DE1")));
        assertThat(o.reference()).isEqualTo("   ");
    }

    @Test
    void unknownFieldsAreIgnoredAndTermsKeysAndPricesInAFileAreNeverTaken() throws Exception {
        Path f = file("unknown.cloudhub-order", """
                {"format": "cloudhub-order-draft", "schemaVersion": 1, "comesFrom": {"app": "2.0", "deep": [1, [2]]},
                 "idempotencyKey": "3f0c1a52-8f51-4a8e-9a55-0a4c9f7c1a11", "token": "secret",
                 "order": {"nodeSize": "a4-16", "colour": "blue", "futureField": [1, 2, {"x": null}],
                           "terms": {"version": "2026-01", "accepted": true}, "quotedMonthlyNet": "1.00",
                           "trustedSources": [{"cidr": "80.156.25.10", "zone": "b"}]}}""");

        OrderRequest o = read(f).draft().order();
        assertThat(o.nodeSize()).isEqualTo("a4-16");
        assertThat(o.terms()).isNull();
        assertThat(o.quotedMonthlyNet()).isNull();
        assertThat(o.trustedSources()).containsExactly(new TrustedSource("80.156.25.10", null));
    }

    @Test
    void aNewerSchemaVersionIsRefusedNamingIt() throws Exception {
        Refused r = refused(file("newer.cloudhub-order",
                "{\"format\": \"cloudhub-order-draft\", \"schemaVersion\": 7, \"order\": {\"storageGb\": \"soon a text\"}}"));
        assertThat(r.reason()).isEqualTo(Reason.NEWER_VERSION);
        assertThat(r.detail()).isEqualTo("7");

        Refused huge = refused(file("huge-version.cloudhub-order",
                "{\"format\": \"cloudhub-order-draft\", \"schemaVersion\": 123456789012345678901234567890}"));
        assertThat(huge.reason()).isEqualTo(Reason.NEWER_VERSION);
        assertThat(huge.detail()).isEqualTo("123456789012345678901234567890");
    }

    @Test
    void aVersionThatIsNoPositiveWholeNumberIsRefusedAsTheWrongShape() throws Exception {
        for (String version : List.of("\"1\"", "1.5", "0", "-1", "null", "[1]")) {
            Refused r = refused(file("v.cloudhub-order", "{\"format\": \"cloudhub-order-draft\", \"schemaVersion\": " + version + "}"));
            assertThat(r.reason()).as(version).isEqualTo(Reason.WRONG_TYPES);
            assertThat(r.detail()).isEqualTo("schemaVersion");
        }
        assertThat(refused(file("nov.cloudhub-order", "{\"format\": \"cloudhub-order-draft\"}")).reason())
                .isEqualTo(Reason.WRONG_TYPES);
    }

    @Test
    void garbageIsRefusedAsNotJson() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(8).nextBytes(noise);
        Path binary = dir.resolve("noise.cloudhub-order");
        Files.write(binary, noise);
        for (Path f : List.of(binary, file("empty.cloudhub-order", ""), file("blank.cloudhub-order", "  \n "),
                file("half.cloudhub-order", "{\"format\": \"cloudhub-order-draft\", \"schemaVersion\": 1, \"order\": {"),
                file("trailing.cloudhub-order", draft("{}") + " and more"),
                file("comment.cloudhub-order", "// a draft\n" + draft("{}")),
                file("bad-utf8.cloudhub-order", "{\"format\": \"cloudhub-order-draft\", \"title\": \"\u00ff\"}"))) {
            if (f.getFileName().toString().startsWith("bad-utf8")) {
                Files.write(f, new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
            }
            assertThat(refused(f).reason()).as(f.getFileName().toString()).isEqualTo(Reason.NOT_JSON);
        }
    }

    @Test
    void jsonThatIsNoDraftFileIsRefused() throws Exception {
        for (String text : List.of("[1, 2]", "\"a draft\"", "42", "null", "{}", "{\"format\": \"something-else\", \"schemaVersion\": 1}",
                "{\"format\": 1, \"schemaVersion\": 1}", "{\"customerId\": \"c-1001\", \"nodeSize\": \"a4-16\"}")) {
            assertThat(refused(file("x.cloudhub-order", text)).reason()).as(text).isEqualTo(Reason.NOT_A_DRAFT);
        }
    }

    @Test
    @Timeout(10)
    void aHundredMegabyteFileIsRefusedByItsSizeWithoutReadingIt() throws Exception {
        Path f = dir.resolve("huge.cloudhub-order");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        long started = System.nanoTime();
        Refused r = refused(f);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(r.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(r.detail()).isEqualTo(Integer.toString(DraftFiles.MAX_BYTES));
    }

    @Test
    void aFileJustOverTheLimitIsRefusedAndOneAtTheLimitIsRead() throws Exception {
        String head = "{\"format\": \"cloudhub-order-draft\", \"schemaVersion\": 1, \"order\": {\"reference\": \"";
        String tail = "\"}}";
        int fill = DraftFiles.MAX_BYTES - head.length() - tail.length();
        Path atLimit = file("limit.cloudhub-order", head + "x".repeat(fill) + tail);
        assertThat(Files.size(atLimit)).isEqualTo(DraftFiles.MAX_BYTES);
        assertThat(read(atLimit).draft().order().reference()).hasSize(fill);

        Path over = file("over.cloudhub-order", head + "x".repeat(fill + 1) + tail);
        assertThat(refused(over).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    @Timeout(10)
    void fiftyThousandLevelsOfNestingAreRefusedQuickly() throws Exception {
        int levels = 50_000;
        String deep = "[".repeat(levels) + "]".repeat(levels);
        Path arrays = file("deep.cloudhub-order", draft("{\"trustedSources\": " + deep + "}"));
        StringBuilder objects = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            objects.append("{\"a\":");
        }
        objects.append("1").append("}".repeat(levels));
        Path nested = file("deep-objects.cloudhub-order", objects.toString());

        for (Path f : List.of(arrays, nested)) {
            Refused r = refused(f);
            assertThat(r.reason()).isEqualTo(Reason.TOO_DEEP);
            assertThat(r.detail()).isEqualTo(Integer.toString(DraftFiles.MAX_NESTING));
        }
    }

    @Test
    void aSingleValueOfTheWrongTypeIsLeftOutAndNamed() throws Exception {
        Path f = file("types.cloudhub-order", """
                {"format": "cloudhub-order-draft", "schemaVersion": 1, "title": 42, "exportedAt": "yesterday",
                 "order": {"customerId": 1001, "serviceId": "caas-valkey-8", "nodeSize": ["a4-16"], "storageGb": "abc",
                           "trustedSources": [{"cidr": "80.156.25.10/32"}, "1.2.3.4", {"cidr": 5}, null,
                                              {"cidr": "2001:db8::/48", "description": {"text": "x"}}, {"cidr": "9.9.9.9"}],
                           "allowAllAddresses": "yes", "region": true, "maxmemoryPolicy": null,
                           "billing": {"profileId": 7}, "reference": 4711}}""");

        Read back = read(f);
        assertThat(back.leftOut()).containsExactly("title", "exportedAt", "order.trustedSources[1]",
                "order.trustedSources[2]", "order.trustedSources[4]", "order.customerId", "order.nodeSize",
                "order.storageGb", "order.allowAllAddresses", "order.region", "order.billing.profileId",
                "order.reference");
        OrderRequest o = back.draft().order();
        assertThat(back.draft().title()).isNull();
        assertThat(o.serviceId()).isEqualTo("caas-valkey-8");
        assertThat(o.storageGb()).isNull();
        assertThat(o.billing()).isNull();
        assertThat(o.trustedSources()).containsExactly(new TrustedSource("80.156.25.10/32", null),
                new TrustedSource("9.9.9.9", null));
    }

    @Test
    void storageThatIsNoWholeNumberIsLeftOutAndAWholeDecimalIsTaken() throws Exception {
        for (String storage : List.of("37.5", "1e40", "3000000000", "true", "{}")) {
            Read back = read(file("s.cloudhub-order", draft("{\"storageGb\": " + storage + "}")));
            assertThat(back.leftOut()).as(storage).containsExactly("order.storageGb");
            assertThat(back.draft().order().storageGb()).isNull();
        }
        assertThat(read(file("s.cloudhub-order", draft("{\"storageGb\": 150.0}"))).draft().order().storageGb())
                .isEqualTo(150);
    }

    @Test
    void containersOfTheWrongTypeMakeTheFileNoDraftAndAreNamed() throws Exception {
        Refused sourcesObject = refused(file("t1.cloudhub-order",
                draft("{\"trustedSources\": {\"cidr\": \"80.156.25.10/32\"}, \"billing\": \"bp-1001-1\"}")));
        assertThat(sourcesObject.reason()).isEqualTo(Reason.WRONG_TYPES);
        assertThat(sourcesObject.detail()).isEqualTo("order.trustedSources, order.billing");

        Refused orderText = refused(file("t2.cloudhub-order", draft("\"a4-16\"")));
        assertThat(orderText.reason()).isEqualTo(Reason.WRONG_TYPES);
        assertThat(orderText.detail()).isEqualTo("order");

        Refused profile = refused(file("t3.cloudhub-order", draft("{\"billing\": {\"newProfile\": [\"Muster GmbH\"]}}")));
        assertThat(profile.detail()).isEqualTo("order.billing.newProfile");
    }

    @Test
    void aMissingFileAndAFolderAreRefused() throws Exception {
        assertThat(refused(dir.resolve("nothing-here.cloudhub-order")).reason()).isEqualTo(Reason.MISSING);
        Path folder = Files.createDirectory(dir.resolve("folder.cloudhub-order"));
        assertThat(refused(folder).reason()).isEqualTo(Reason.NOT_A_FILE);
    }

    @Test
    void theContentDecidesNotTheName() throws Exception {
        Path f = dir.resolve("mail-attachment.txt");
        DraftFiles.write(f, "t", everyField(), AT);
        assertThat(read(f).draft().order().nodeSize()).isEqualTo("a4-16");
        assertThat(refused(file("fake.cloudhub-order", "not a draft")).reason()).isEqualTo(Reason.NOT_JSON);
    }

    @Test
    void readingNeverChangesTheFile() throws Exception {
        Path good = dir.resolve("good.cloudhub-order");
        DraftFiles.write(good, "t", everyField(), AT);
        Path bad = file("bad.cloudhub-order", draft("{\"storageGb\": \"abc\"}"));
        Path garbage = file("garbage.cloudhub-order", "{{{{");
        FileTime past = FileTime.from(Instant.parse("2020-02-02T02:02:02Z"));
        for (Path f : List.of(good, bad, garbage)) {
            Files.setLastModifiedTime(f, past);
            byte[] before = Files.readAllBytes(f);

            DraftFiles.read(f);

            assertThat(Files.readAllBytes(f)).isEqualTo(before);
            assertThat(Files.getLastModifiedTime(f)).isEqualTo(past);
        }
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("good.cloudhub-order", "bad.cloudhub-order", "garbage.cloudhub-order");
        }
    }

    @Test
    void writingReplacesAnOldFileAndLeavesNoTemporaryFile() throws Exception {
        Path f = file("old.cloudhub-order", "old content");
        DraftFiles.write(f, "new", everyField(), AT);
        assertThat(read(f).draft().title()).isEqualTo("new");
        try (var listing = Files.list(dir)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("old.cloudhub-order");
        }
    }

    @Test
    void aTitleBecomesASafeFileName() {
        assertThat(DraftFiles.fileName("a2-8 · 100 GB · DE-WEST", "Order")).isEqualTo("a2-8 · 100 GB · DE-WEST.cloudhub-order");
        assertThat(DraftFiles.fileName("PO <4711>: \"a/b\\c|d?e*f\"", "Order")).isEqualTo("PO _4711__ _a_b_c_d_e_f_.cloudhub-order");
        assertThat(DraftFiles.fileName("line\nbreak\ttab\u0000nul\u0007bell", "Order")).isEqualTo("line break tabnulbell.cloudhub-order");
        assertThat(DraftFiles.fileName("gro\u202Eredro-buhduolc.exe", "Order")).isEqualTo("groredro-buhduolc.exe.cloudhub-order");
        assertThat(DraftFiles.fileName("  ..hidden. . ", "Order")).isEqualTo("hidden.cloudhub-order");
        assertThat(DraftFiles.fileName("ends with dots...", "Order")).isEqualTo("ends with dots.cloudhub-order");
        assertThat(DraftFiles.fileName("../../etc/passwd", "Order")).isEqualTo("_.._etc_passwd.cloudhub-order");
    }

    @Test
    void windowsDeviceNamesGetAnUnderscore() {
        assertThat(DraftFiles.fileName("CON", "Order")).isEqualTo("CON_.cloudhub-order");
        assertThat(DraftFiles.fileName("nul", "Order")).isEqualTo("nul_.cloudhub-order");
        assertThat(DraftFiles.fileName("com1.txt", "Order")).isEqualTo("com1_.txt.cloudhub-order");
        assertThat(DraftFiles.fileName("Lpt9 ", "Order")).isEqualTo("Lpt9_.cloudhub-order");
        assertThat(DraftFiles.fileName("aux.", "Order")).isEqualTo("aux_.cloudhub-order");
        assertThat(DraftFiles.fileName("CONSOLE", "Order")).isEqualTo("CONSOLE.cloudhub-order");
        assertThat(DraftFiles.fileName("com10", "Order")).isEqualTo("com10.cloudhub-order");
    }

    @Test
    void anEmptyTitleTakesTheFallbackAndThenADefault() {
        assertThat(DraftFiles.fileName("", "Auftragsentwurf")).isEqualTo("Auftragsentwurf.cloudhub-order");
        assertThat(DraftFiles.fileName(null, "Order draft")).isEqualTo("Order draft.cloudhub-order");
        assertThat(DraftFiles.fileName(" . \u202E ", "...")).isEqualTo("order.cloudhub-order");
    }

    @Test
    void aLongTitleIsCutToWholeCharactersWithinTheLimit() {
        String name = DraftFiles.fileName("€".repeat(300) + "tail", "Order");
        String base = name.substring(0, name.length() - DraftFiles.EXTENSION.length());
        assertThat(base.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(DraftFiles.MAX_NAME_BYTES);
        assertThat(base).matches("€+");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);

        String emoji = DraftFiles.fileName("😀".repeat(100), "Order");
        assertThat(emoji.codePoints().filter(c -> c == 0x1F600).count()).isEqualTo(DraftFiles.MAX_NAME_BYTES / 4);
        assertThat(emoji.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();

        assertThat(DraftFiles.fileName("x".repeat(199) + " .y", "Order")).isEqualTo("x".repeat(199) + ".cloudhub-order");
    }

    @Test
    void aSafeNameCanBeWrittenHere() throws Exception {
        for (String title : List.of("CON", "a:b", "€".repeat(300), "line\nbreak", "..", "")) {
            Path f = dir.resolve(DraftFiles.fileName(title, "Order"));
            DraftFiles.write(f, title, everyField(), AT);
            assertThat(f.getParent()).isEqualTo(dir);
            assertThat(read(f).draft().title()).isEqualTo(title);
        }
    }
}
