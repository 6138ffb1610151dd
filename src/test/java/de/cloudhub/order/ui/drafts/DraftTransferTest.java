package de.cloudhub.order.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.DraftFileImport;
import de.cloudhub.order.drafts.DraftFiles;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.DirectTaskRunner;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.ordering.UiThreadTaskRunner;
import de.cloudhub.order.ui.testing.RecordingDialogService;
import de.cloudhub.order.ui.testing.RecordingDialogService.Shown;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DraftTransferTest {
    private static final Instant NOW = Instant.parse("2026-12-01T23:00:00Z");
    private static final OrderRequest ORDER = new OrderRequest("c-1001", "caas-valkey-8", "a4-16", 150,
            List.of(new TrustedSource("80.156.25.10/32", "office")), false, "de-west", "allkeys-lru",
            BillingChoice.existing("bp-1001-1"), new TermsAcceptance("2026-01", true), new BigDecimal("94.00"), "PO-4711");

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<DraftFileImport.Read> imported = new ArrayList<>();
    private I18n i18n = new I18n(Locale.ENGLISH);
    private final DraftTransfer transfer = new DraftTransfer(dialogs, new DirectTaskRunner(), () -> i18n,
            Clock.fixed(NOW, ZoneOffset.UTC));

    private Path file(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    @Test
    void exportOffersTheSafeTitleWritesTheChosenFileAndSaysWhere() throws Exception {
        Path target = dir.resolve("chosen.cloudhub-order");
        dialogs.saves.add(target);

        transfer.exportDraft("PO: 4711/a", ORDER);

        assertThat(dialogs.shown.get(0)).isEqualTo(new Shown("save", "Export the draft", "PO_ 4711_a.cloudhub-order", List.of()));
        DraftFileImport back = DraftFiles.read(target);
        assertThat(back).isInstanceOf(DraftFileImport.Read.class);
        DraftFileImport.Read read = (DraftFileImport.Read) back;
        assertThat(read.draft().title()).isEqualTo("PO: 4711/a");
        assertThat(read.draft().exportedAt()).isEqualTo(NOW);
        assertThat(read.draft().order().nodeSize()).isEqualTo("a4-16");
        assertThat(read.draft().order().terms()).isNull();
        assertThat(dialogs.dialogs()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("info");
            assertThat(s.message()).contains("chosen.cloudhub-order").contains(dir.toString());
        });
    }

    @Test
    void anUntitledDraftIsOfferedUnderTheDefaultNameInTheLanguageOfTheWindow() {
        i18n = new I18n(Locale.GERMAN);
        transfer.exportDraft("  ", ORDER);
        assertThat(dialogs.shown).singleElement()
                .isEqualTo(new Shown("save", "Entwurf exportieren", "Auftragsentwurf.cloudhub-order", List.of()));
    }

    @Test
    void aCancelledExportWritesNothingAndSaysNothing() throws Exception {
        transfer.exportDraft("t", ORDER);

        assertThat(dialogs.dialogs()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anExportThatCannotBeWrittenIsReportedAndLeavesNothingBehind() throws Exception {
        Path notAFolder = file("plain-file", "x");
        dialogs.saves.add(notAFolder.resolve("draft.cloudhub-order"));

        transfer.exportDraft("t", ORDER);

        assertThat(dialogs.dialogs()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("error");
            assertThat(s.title()).isEqualTo("The draft could not be exported");
            assertThat(s.message()).startsWith("The file draft.cloudhub-order could not be written in the folder ")
                    .contains("Your draft is unchanged.").doesNotContain("!");
        });
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    @Test
    void anImportedFileIsHandedOnWithoutADialog() throws Exception {
        Path f = dir.resolve("in.cloudhub-order");
        DraftFiles.write(f, "mine", ORDER, NOW);

        transfer.importFile(f, imported::add);

        assertThat(imported).singleElement().satisfies(r -> {
            assertThat(r.draft().title()).isEqualTo("mine");
            assertThat(r.draft().order().storageGb()).isEqualTo(150);
        });
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void importChosenReadsTheChosenFileAndACancelDoesNothing() throws Exception {
        Path f = dir.resolve("chosen.cloudhub-order");
        DraftFiles.write(f, "chosen", ORDER, NOW);

        transfer.importChosen(imported::add);
        assertThat(imported).isEmpty();
        assertThat(dialogs.dialogs()).isEmpty();

        dialogs.opens.add(f);
        transfer.importChosen(imported::add);
        assertThat(imported).singleElement().satisfies(r -> assertThat(r.draft().title()).isEqualTo("chosen"));
        assertThat(dialogs.shown).extracting(Shown::kind).containsExactly("open", "open");
        assertThat(dialogs.shown.get(0).message()).isEqualTo("*.cloudhub-order");
    }

    @Test
    void valuesLeftOutAreNamedAfterTheDraftWasHandedOn() throws Exception {
        Path f = file("typed.cloudhub-order", "{\"format\": \"cloudhub-order-draft\", \"schemaVersion\": 1,"
                + " \"order\": {\"storageGb\": \"abc\", \"nodeSize\": \"a4-16\", \"trustedSources\": [42]}}");

        transfer.importFile(f, imported::add);

        assertThat(imported).singleElement().satisfies(r -> assertThat(r.draft().order().nodeSize()).isEqualTo("a4-16"));
        assertThat(dialogs.dialogs()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo("info");
            assertThat(s.message()).isEqualTo("The draft typed.cloudhub-order was opened, but these values in it were of"
                    + " the wrong kind and were left out: order.trustedSources[0], order.storageGb. Fill them in on their pages.");
        });
    }

    @Test
    void aNewerFileIsRefusedInOneMessageNamingItsVersion() throws Exception {
        Path f = file("newer.cloudhub-order", "{\"format\": \"cloudhub-order-draft\", \"schemaVersion\": 3}");

        transfer.importFile(f, imported::add);

        assertThat(imported).isEmpty();
        assertThat(dialogs.dialogs()).singleElement().isEqualTo(new Shown("error", "This file cannot be opened as a draft",
                "The draft newer.cloudhub-order was written by a newer version of Cloudhub Order (draft format version 3)."
                        + " Update the app to open it.", List.of()));
    }

    @Test
    void aHugeFileIsRefusedNamingTheLimit() throws Exception {
        Path f = dir.resolve("huge.cloudhub-order");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(100L * 1024 * 1024);
        }
        i18n = new I18n(Locale.GERMAN);

        transfer.importFile(f, imported::add);

        assertThat(imported).isEmpty();
        assertThat(dialogs.dialogs()).singleElement().satisfies(s -> assertThat(s.message())
                .isEqualTo("Die Datei huge.cloudhub-order ist größer als 1 MB und damit kein Entwurf dieser App."
                        + " Sie wurde nicht gelesen."));
    }

    @ParameterizedTest
    @EnumSource(DraftFileImport.Reason.class)
    void everyRefusalHasItsOwnSentenceInBothLanguages(DraftFileImport.Reason reason) {
        String detail = switch (reason) {
            case TOO_LARGE -> Integer.toString(DraftFiles.MAX_BYTES);
            case TOO_DEEP -> Integer.toString(DraftFiles.MAX_NESTING);
            case NEWER_VERSION -> "2";
            case WRONG_TYPES -> "order.trustedSources";
            case UNREADABLE -> "Input/output error";
            default -> "";
        };
        DraftFileImport.Refused refused = new DraftFileImport.Refused(reason, detail);
        List<String> texts = new ArrayList<>();
        for (Locale locale : I18n.SUPPORTED) {
            String text = DraftTransfer.refusal(refused, Path.of("x", "a.cloudhub-order"), new I18n(locale));
            assertThat(text).as(locale + " " + reason).doesNotContain("!draftfile").contains("a.cloudhub-order")
                    .contains(detail.equals(Integer.toString(DraftFiles.MAX_BYTES)) ? "1 MB" : detail)
                    .doesNotContain("{");
            texts.add(text);
        }
        assertThat(texts.get(0)).isNotEqualTo(texts.get(1));
    }

    @Test
    void everyRefusalReadsDifferently() {
        List<String> texts = new ArrayList<>();
        for (DraftFileImport.Reason reason : DraftFileImport.Reason.values()) {
            String detail = reason == DraftFileImport.Reason.TOO_LARGE || reason == DraftFileImport.Reason.TOO_DEEP ? "1" : "";
            texts.add(DraftTransfer.refusal(new DraftFileImport.Refused(reason, detail), Path.of("a"), i18n));
        }
        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void aMissingFileAndGarbageAreRefusedAndNothingIsHandedOn() throws Exception {
        transfer.importFile(dir.resolve("gone.cloudhub-order"), imported::add);
        transfer.importFile(file("junk.cloudhub-order", "PK\u0003\u0004 not json"), imported::add);
        transfer.importFile(dir, imported::add);

        assertThat(imported).isEmpty();
        assertThat(dialogs.dialogs()).extracting(Shown::message).containsExactly(
                "There is no file gone.cloudhub-order. It may have been moved or deleted; choose it again where it is now.",
                "The file junk.cloudhub-order is no draft of this app: it holds no readable JSON. It may be damaged;"
                        + " ask for the draft to be exported again.",
                dir.getFileName() + " is a folder, not a draft file. Choose a file ending in .cloudhub-order.");
    }

    @Test
    void theFileIsReadOffTheUiThreadAndTheDraftArrivesOnIt() throws Exception {
        Path f = dir.resolve("async.cloudhub-order");
        DraftFiles.write(f, "async", ORDER, NOW);
        List<String> threads = new CopyOnWriteArrayList<>();
        try (UiThreadTaskRunner tasks = new UiThreadTaskRunner()) {
            RecordingDialogService uiDialogs = tasks.ui().call(RecordingDialogService::new);
            DraftTransfer async = tasks.ui().call(() -> new DraftTransfer(uiDialogs, tasks, () -> i18n, Clock.systemUTC()));

            tasks.ui().run(() -> async.importFile(f, read -> threads.add(Thread.currentThread().getName())));

            Wait.until("the draft arrives", Duration.ofSeconds(10), () -> !threads.isEmpty());
            assertThat(threads).containsExactly("test-ui");
            assertThat(tasks.ui().call(() -> uiDialogs.shown)).isEmpty();
        }
    }
}
