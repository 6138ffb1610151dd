package de.cloudhub.order.drafts;

import de.cloudhub.order.testing.TestAccounts;

import static de.cloudhub.order.drafts.TestDrafts.T0;
import static de.cloudhub.order.drafts.TestDrafts.dbFile;
import static de.cloudhub.order.drafts.TestDrafts.full;
import static de.cloudhub.order.drafts.TestDrafts.query;
import static de.cloudhub.order.drafts.TestDrafts.simple;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.testing.Wait;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class LocalStoreTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    @Test
    void aDraftWithEveryFieldComesBackAfterARestartAsItWas() {
        DraftRecord draft = full("d-1");
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.account(TestAccounts.A).drafts().save(draft).join();
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.openProblem()).isEmpty();
            assertThat(store.account(TestAccounts.A).drafts().get("d-1").join()).contains(draft);
            assertThat(store.account(TestAccounts.A).drafts().get("nope").join()).isEmpty();
        }
    }

    @Test
    void aTermsAcceptanceIsNeverStored() throws Exception {
        DraftRecord accepted = new DraftRecord("d-1", "", false, null, null, T0, T0, null, DraftState.DRAFT, null,
                new de.cloudhub.order.model.OrderRequest(null, null, null, null, List.of(), false, null, null, null,
                        new TermsAcceptance("2026-01", true), null, null), null, null, null);
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.account(TestAccounts.A).drafts().save(accepted).join();
        }
        assertThat(query(dbFile(dataDir), "SELECT order_json FROM drafts")).doesNotContain("true");
    }

    @Test
    void draftsAreListedNewestChangeFirstWithChangesNotYetWritten() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.account(TestAccounts.A).drafts().save(simple("a", T0.plusSeconds(10), "a")).join();
            store.account(TestAccounts.A).drafts().save(simple("b", T0.plusSeconds(30), "b")).join();
            store.account(TestAccounts.A).drafts().save(simple("c", T0.plusSeconds(20), "c")).join();
            store.account(TestAccounts.A).drafts().saveSoon(simple("a", T0.plusSeconds(40), "a again"));
            store.account(TestAccounts.A).drafts().delete("c");

            assertThat(store.account(TestAccounts.A).drafts().all().join()).extracting(DraftRecord::id).containsExactly("a", "b");
            assertThat(store.account(TestAccounts.A).drafts().get("a").join()).map(DraftRecord::title).contains("a again");
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.account(TestAccounts.A).drafts().all().join()).extracting(DraftRecord::title).containsExactly("a again", "b");
        }
    }

    @Test
    void aCommittedDraftReachesTheDatabaseFileBesideTheWriterWhileTheStoreIsOpen() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            String title = "checkpointed-" + java.util.UUID.randomUUID();
            store.account(TestAccounts.A).drafts().save(simple("d-1", T0, title)).join();
            // the commit is in the log; a checkpoint beside the writer copies it into the database file, long
            // before SQLite's own threshold (thousands of pages) would have made some commit do it
            Wait.until("a checkpoint", WAIT, () -> store.checkpointCount() > 0
                    && new String(java.nio.file.Files.readAllBytes(dbFile(dataDir)),
                    java.nio.charset.StandardCharsets.ISO_8859_1).contains(title));
        }
    }

    @Test
    void aBurstOfFiftySaveSoonIsOneWriteOfTheNewest() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            for (int i = 1; i <= 50; i++) {
                store.account(TestAccounts.A).drafts().saveSoon(simple("d-1", T0.plusSeconds(i), "edit " + i));
            }
            Wait.until("written", WAIT, () -> store.commitCount() == 1);
            assertThat(query(dbFile(dataDir), "SELECT title FROM drafts WHERE id = 'd-1'")).isEqualTo("edit 50");
            store.account(TestAccounts.A).drafts().flush().join();
            assertThat(store.commitCount()).isEqualTo(1);
        }
    }

    @Test
    void flushWritesEveryPendingDraftAtOnce() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.account(TestAccounts.A).drafts().saveSoon(simple("a", T0, "a"));
            store.account(TestAccounts.A).drafts().saveSoon(simple("b", T0, "b"));
            store.account(TestAccounts.A).drafts().saveSoon(simple("c", T0, "c"));

            store.account(TestAccounts.A).drafts().flush().join();

            assertThat(store.commitCount()).isEqualTo(1);
            assertThat(query(dbFile(dataDir), "SELECT count(*) FROM drafts")).isEqualTo("3");
        }
    }

    @Test
    void draftsInSomeStatesAreFoundAlsoWhileTheirChangeIsPending() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.account(TestAccounts.A).drafts().save(simple("plain", T0, "plain")).join();
            store.account(TestAccounts.A).drafts().save(simple("sent", T0, "sent").withState(DraftState.SENDING, null, T0)).join();
            store.account(TestAccounts.A).drafts().save(simple("was-sent", T0, "was sent").withState(DraftState.SENDING, null, T0)).join();
            // pending, not yet committed: one moves out of the states, one into them
            store.account(TestAccounts.A).drafts().saveSoon(simple("was-sent", T0, "was sent").withState(DraftState.DRAFT, null, T0));
            store.account(TestAccounts.A).drafts().saveSoon(simple("plain", T0, "plain").withState(DraftState.OUTCOME_UNKNOWN, null, T0));

            List<DraftRecord> found = store.account(TestAccounts.A).drafts()
                    .inStates(java.util.EnumSet.of(DraftState.SENDING, DraftState.OUTCOME_UNKNOWN)).join();

            assertThat(found).extracting(DraftRecord::id).containsExactlyInAnyOrder("sent", "plain");
        }
    }

    @Test
    void theKeptContextIsWrittenInOneTransaction() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            long before = store.commitCount();

            new StoredContext(store.documents(), "demo").write(new CachedContext(
                    new de.cloudhub.order.model.Me(null, de.cloudhub.order.model.Me.ROLE_CUSTOMER, null),
                    de.cloudhub.order.ui.wizard.service.TestCatalogs.single(), "\"e1\"",
                    new de.cloudhub.order.model.Terms("2026-01", null, java.util.List.of()), T0));

            assertThat(store.commitCount()).isEqualTo(before + 1);
            assertThat(query(dbFile(dataDir), "SELECT count(*) FROM cached_documents")).isEqualTo("3");
        }
    }

    @Test
    void closeWritesWhatIsPending() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.account(TestAccounts.A).drafts().saveSoon(simple("a", T0, "typed just before closing"));
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.account(TestAccounts.A).drafts().get("a").join()).map(DraftRecord::title).contains("typed just before closing");
        }
    }

    @Test
    void aReopenedStoreKeepsEverything() {
        CachedDocument catalog = new CachedDocument(CachedDocuments.CATALOG, "\"v1\"", "{\"services\":[]}", T0);
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.account(TestAccounts.A).drafts().save(full("d-1")).join();
            store.documents().put(catalog).join();
            store.documents().put(new CachedDocument(CachedDocuments.billingProfiles("c-7"), null, "[]", T0)).join();
            store.settings().put(Settings.LOCALE, "de").join();
            store.settings().put(Settings.LAST_DRAFT_ID, "d-1").join();
            store.account(TestAccounts.A).putFollowedOrder(new FollowedOrder(FollowedOrdersStoreTest.order("o-1", "DONE", T0), T0)).join();
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.account(TestAccounts.A).drafts().all().join()).containsExactly(full("d-1"));
            assertThat(store.documents().get(CachedDocuments.CATALOG).join()).contains(catalog);
            assertThat(store.documents().get(CachedDocuments.billingProfiles("c-7")).join()).map(CachedDocument::etag)
                    .isEmpty();
            assertThat(store.settings().all().join()).isEqualTo(Map.of(Settings.LOCALE, "de", Settings.LAST_DRAFT_ID, "d-1"));
            assertThat(store.account(TestAccounts.A).followedOrders().join()).containsExactly(
                    new FollowedOrder(FollowedOrdersStoreTest.order("o-1", "DONE", T0), T0));
        }
    }

    @Test
    void settingsAndDocumentsCanBeReplacedAndRemoved() {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.settings().put(Settings.LOCALE, "de");
            store.settings().put(Settings.LOCALE, "en");
            assertThat(store.settings().get(Settings.LOCALE).join()).contains("en");
            store.settings().remove(Settings.LOCALE);
            assertThat(store.settings().get(Settings.LOCALE).join()).isEmpty();

            store.documents().put(new CachedDocument(CachedDocuments.TERMS, "\"t1\"", "{}", T0));
            store.documents().put(new CachedDocument(CachedDocuments.TERMS, "\"t2\"", "{}", T0.plusSeconds(1)));
            assertThat(store.documents().get(CachedDocuments.TERMS).join()).map(CachedDocument::etag).contains("\"t2\"");
            store.documents().remove(CachedDocuments.TERMS).join();
            assertThat(store.documents().get(CachedDocuments.TERMS).join()).isEmpty();
        }
    }

    @Test
    void aNewDatabaseHasTheCurrentSchemaVersion() throws Exception {
        LocalStore.open(dataDir).close();

        assertThat(query(dbFile(dataDir), "PRAGMA user_version")).isEqualTo(
                Integer.toString(Migration.latest(Migration.ALL)));
        assertThat(query(dbFile(dataDir), "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void anOlderDatabaseIsMigratedStepByStepAndKeepsItsRows() throws Exception {
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.account(TestAccounts.A).drafts().save(full("d-1")).join();
        }
        Migration next = new Migration(Migration.latest(Migration.ALL) + 1, List.of(
                "ALTER TABLE drafts ADD COLUMN note TEXT",
                "UPDATE drafts SET note = 'migrated'"));
        List<Migration> newer = Stream.concat(Migration.ALL.stream(), Stream.of(next)).toList();

        try (LocalStore store = LocalStore.open(dataDir, StoreOptions.defaults().withMigrations(newer))) {
            assertThat(store.openProblem()).isEmpty();
            assertThat(store.account(TestAccounts.A).drafts().get("d-1").join()).contains(full("d-1"));
        }

        assertThat(query(dbFile(dataDir), "PRAGMA user_version")).isEqualTo(Integer.toString(next.version()));
        assertThat(query(dbFile(dataDir), "SELECT note FROM drafts WHERE id = 'd-1'")).isEqualTo("migrated");
    }

    @Test
    void aKeptOrderWithAKeyIsImportedAsOutcomeUnknownAndTheFileRenamed() throws IOException {
        OrderDraft kept = new OrderDraft();
        kept.setServiceId("valkey-8");
        kept.setNodeSize("b2-4");
        kept.setRegion("DE-WEST");
        kept.setCustomerId("c-7");
        kept.setTerms(new TermsAcceptance("2026-01", true));
        kept.setQuotedMonthlyNet(new BigDecimal("49.90"));
        kept.setIdempotencyKey("key-1");
        DraftStore old = new DraftStore(dataDir);
        old.save(kept);
        String content = Files.readString(old.file());

        try (LocalStore store = LocalStore.open(dataDir)) {
            List<DraftRecord> drafts = store.makeCurrent(TestAccounts.A).join().drafts().all().join();

            assertThat(drafts).hasSize(1);
            DraftRecord draft = drafts.get(0);
            assertThat(draft.state()).isEqualTo(DraftState.OUTCOME_UNKNOWN);
            assertThat(draft.idempotencyKey()).isEqualTo("key-1");
            assertThat(draft.customerId()).isEqualTo("c-7");
            assertThat(draft.order().nodeSize()).isEqualTo("b2-4");
            assertThat(draft.order().region()).isEqualTo("DE-WEST");
            assertThat(draft.order().terms()).isEqualTo(new TermsAcceptance("2026-01", false));
            assertThat(draft.priceSeen()).isEqualByComparingTo("49.90");
            assertThat(draft.termsVersionSeen()).isEqualTo("2026-01");
        }
        assertThat(old.file()).doesNotExist();
        assertThat(old.file().resolveSibling("kept-order.json.imported")).hasContent(content);
        try (LocalStore again = LocalStore.open(dataDir)) {
            assertThat(again.makeCurrent(TestAccounts.A).join().drafts().all().join()).hasSize(1);
        }
    }

    @Test
    void aKeptOrderFileThatAppearsLaterIsImportedToo() throws IOException {
        OrderDraft first = new OrderDraft();
        first.setReference("first");
        new DraftStore(dataDir).save(first);
        LocalStore.open(dataDir).close();
        OrderDraft second = new OrderDraft();
        second.setReference("second");
        new DraftStore(dataDir).save(second);

        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.makeCurrent(TestAccounts.A).join().drafts().all().join()).extracting(d -> d.order().reference())
                    .containsExactlyInAnyOrder("first", "second");
        }
        try (Stream<Path> files = Files.list(dataDir.resolve("drafts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(2)
                    .allMatch(name -> name.startsWith("kept-order.json.imported"));
        }
    }

    @Test
    void aKeptOrderWithoutAKeyIsImportedAsADraft() {
        OrderDraft kept = new OrderDraft();
        kept.setServiceId("valkey-8");
        new DraftStore(dataDir).save(kept);

        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.makeCurrent(TestAccounts.A).join().drafts().all().join()).extracting(DraftRecord::state).containsExactly(DraftState.DRAFT);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsMovedAsideNeverDeletedAndAFreshOneMade() throws IOException {
        Path file = dbFile(dataDir);
        Files.createDirectories(file.getParent());
        byte[] garbage = "this is no database, just some bytes that happen to lie here ".repeat(100).getBytes();
        Files.write(file, garbage);
        Files.write(DatabaseOpener.sibling(file, "-wal"), new byte[] {1, 2, 3});

        try (LocalStore store = LocalStore.open(dataDir)) {
            OpenProblem problem = store.openProblem().orElseThrow();
            assertThat(problem.kind()).isEqualTo(OpenProblem.Kind.CORRUPT);
            assertThat(problem.file()).isEqualTo(file);
            assertThat(problem.movedTo().getFileName().toString()).startsWith("cloudhub-order.db.corrupt-");
            assertThat(problem.movedTo()).hasBinaryContent(garbage);
            assertThat(DatabaseOpener.sibling(problem.movedTo(), "-wal")).hasBinaryContent(new byte[] {1, 2, 3});
            assertThat(problem.detail()).isNotBlank();
            assertThat(store.isInMemory()).isFalse();
            assertThat(store.status()).isEqualTo(StoreStatus.ok());
            store.account(TestAccounts.A).drafts().save(simple("a", T0, "after the damage")).join();
        }
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.openProblem()).isEmpty();
            assertThat(store.account(TestAccounts.A).drafts().get("a").join()).isPresent();
        }
    }

    @Test
    void aDamagedDatabaseIsMovedAsideAndAFreshOneMade() throws IOException {
        try (LocalStore store = LocalStore.open(dataDir)) {
            for (int i = 0; i < 300; i++) {
                store.account(TestAccounts.A).drafts().saveSoon(full("d-" + i));
            }
        }
        Path file = dbFile(dataDir);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes.length).isGreaterThan(6 * 4096);
        java.util.Arrays.fill(bytes, 2 * 4096, 5 * 4096, (byte) 0x5a);
        Files.write(file, bytes);

        try (LocalStore store = LocalStore.open(dataDir)) {
            OpenProblem problem = store.openProblem().orElseThrow();
            assertThat(problem.kind()).isEqualTo(OpenProblem.Kind.CORRUPT);
            assertThat(problem.movedTo()).hasBinaryContent(bytes);
            assertThat(store.account(TestAccounts.A).drafts().all().join()).isEmpty();
        }
    }

    @Test
    void aDatabaseOfANewerVersionIsMovedAsideAndAFreshOneMade() throws Exception {
        Path file = dbFile(dataDir);
        LocalStore.open(dataDir).close();
        try (Connection c = TestDrafts.connect(file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 99");
        }

        try (LocalStore store = LocalStore.open(dataDir)) {
            OpenProblem problem = store.openProblem().orElseThrow();
            assertThat(problem.kind()).isEqualTo(OpenProblem.Kind.NEWER_VERSION);
            assertThat(problem.detail()).contains("99");
            assertThat(problem.movedTo().getFileName().toString()).startsWith("cloudhub-order.db.newer-");
            assertThat(query(problem.movedTo(), "PRAGMA user_version")).isEqualTo("99");
            store.account(TestAccounts.A).drafts().save(simple("a", T0, "a")).join();
        }
        assertThat(query(file, "PRAGMA user_version")).isEqualTo(Integer.toString(Migration.latest(Migration.ALL)));
    }

    @Test
    void aDatabaseLockedByAnotherProcessIsLeftAloneAndTheRunKeepsEverythingInMemory() throws Exception {
        Path file = dbFile(dataDir);
        try (LocalStore store = LocalStore.open(dataDir)) {
            store.account(TestAccounts.A).drafts().save(simple("before", T0, "before")).join();
        }
        try (Connection other = TestDrafts.connect(file); Statement s = other.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.executeUpdate("INSERT INTO settings (key, value) VALUES ('held', 'yes')");

            try (LocalStore store = LocalStore.open(dataDir,
                    StoreOptions.defaults().withBusyTimeout(Duration.ofMillis(200)))) {
                OpenProblem problem = store.openProblem().orElseThrow();
                assertThat(problem.kind()).isEqualTo(OpenProblem.Kind.LOCKED);
                assertThat(problem.movedTo()).isNull();
                assertThat(problem.whereTheFileIs()).isEqualTo(file);
                assertThat(store.isInMemory()).isTrue();
                assertThat(store.status()).isEqualTo(StoreStatus.inMemory(problem));

                store.account(TestAccounts.A).drafts().save(simple("in-memory", T0, "kept for this run")).join();
                assertThat(store.account(TestAccounts.A).drafts().all().join()).extracting(DraftRecord::id).containsExactly("in-memory");
            }
        }
        assertThat(file).exists();
        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.openProblem()).isEmpty();
            assertThat(store.account(TestAccounts.A).drafts().all().join()).extracting(DraftRecord::id).containsExactly("before");
            assertThat(store.settings().get("held").join()).contains("yes");
        }
    }

    @Test
    void aFolderThatCannotBeMadeRunsInMemory() throws IOException {
        Files.writeString(dataDir.resolve(LocalStore.FOLDER), "a file where the folder should be");

        try (LocalStore store = LocalStore.open(dataDir)) {
            assertThat(store.openProblem()).map(OpenProblem::kind).contains(OpenProblem.Kind.UNWRITABLE);
            assertThat(store.isInMemory()).isTrue();
            store.settings().put(Settings.LOCALE, "de").join();
            assertThat(store.settings().get(Settings.LOCALE).join()).contains("de");
        }
        assertThat(dataDir.resolve(LocalStore.FOLDER)).hasContent("a file where the folder should be");
    }

    @Test
    void aFullDiskKeepsTheEditsInMemoryTellsTheListenersAndARetryWritesThemAll() throws Exception {
        AtomicBoolean diskFull = new AtomicBoolean();
        StoreOptions options = StoreOptions.defaults().withRetries(Duration.ofMillis(50), Duration.ofMillis(200))
                .withFaults(connection -> {
                    if (diskFull.get()) {
                        throw new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL);
                    }
                });
        List<StoreStatus> seen = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        try (LocalStore store = LocalStore.open(dataDir, options)) {
            store.addStatusListener(status -> {
                seen.add(status);
                threads.add(Thread.currentThread().getName());
            });
            store.account(TestAccounts.A).drafts().save(simple("a", T0, "written")).join();
            diskFull.set(true);

            assertThatThrownBy(() -> store.account(TestAccounts.A).drafts().save(simple("a", T0.plusSeconds(1), "edit 1")).join())
                    .isInstanceOf(CompletionException.class).hasMessageContaining("disk is full");
            store.account(TestAccounts.A).drafts().saveSoon(simple("b", T0.plusSeconds(2), "edit 2"));
            store.settings().put(Settings.LOCALE, "de");

            assertThat(store.status().kind()).isEqualTo(StoreStatus.Kind.WRITE_FAILING);
            assertThat(store.status().detail()).contains("disk is full");
            assertThat(store.status().cause()).isEqualTo(StoreStatus.WriteFailure.DISK_FULL);
            assertThat(store.account(TestAccounts.A).drafts().get("a").join()).map(DraftRecord::title).contains("edit 1");
            assertThat(store.account(TestAccounts.A).drafts().all().join()).extracting(DraftRecord::id).containsExactly("b", "a");
            assertThat(query(dbFile(dataDir), "SELECT title FROM drafts WHERE id = 'a'")).isEqualTo("written");
            assertThatThrownBy(() -> store.account(TestAccounts.A).drafts().flush().join()).hasMessageContaining("disk is full");

            diskFull.set(false);
            Wait.until("writing again", WAIT, () -> store.status().isOk());

            assertThat(query(dbFile(dataDir), "SELECT title FROM drafts WHERE id = 'a'")).isEqualTo("edit 1");
            assertThat(query(dbFile(dataDir), "SELECT title FROM drafts WHERE id = 'b'")).isEqualTo("edit 2");
            assertThat(query(dbFile(dataDir), "SELECT value FROM settings WHERE key = 'locale'")).isEqualTo("de");
            assertThat(seen).extracting(StoreStatus::kind)
                    .containsExactly(StoreStatus.Kind.WRITE_FAILING, StoreStatus.Kind.OK);
            assertThat(threads).containsOnly("cloudhub-store-writer");
        }
    }

    @Test
    void aFullDiskThatEndsTheTransactionItselfIsReportedAsAFullDiskNotAsTheFailedReturnToAutoCommit()
            throws Exception {
        // on a full disk SQLite rolls the transaction back by itself; going back to auto-commit then fails
        // with "no transaction is active", which must not hide the failure that matters
        AtomicBoolean diskFull = new AtomicBoolean();
        StoreOptions options = StoreOptions.defaults().withRetries(Duration.ofMillis(50), Duration.ofMillis(200))
                .withFaults(connection -> {
                    if (diskFull.get()) {
                        try (var statement = connection.createStatement()) {
                            statement.execute("ROLLBACK");
                        }
                        throw new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL);
                    }
                });
        try (LocalStore store = LocalStore.open(dataDir, options)) {
            diskFull.set(true);

            assertThatThrownBy(() -> store.account(TestAccounts.A).drafts().save(simple("a", T0, "edit")).join())
                    .isInstanceOf(CompletionException.class).hasMessageContaining("disk is full");
            assertThat(store.status().kind()).isEqualTo(StoreStatus.Kind.WRITE_FAILING);
            assertThat(store.status().cause()).isEqualTo(StoreStatus.WriteFailure.DISK_FULL);

            diskFull.set(false);
            Wait.until("writing again", WAIT, () -> store.status().isOk());
            assertThat(query(dbFile(dataDir), "SELECT title FROM drafts WHERE id = 'a'")).isEqualTo("edit");
        }
    }

    @Test
    void storedTimesSortAsTextAndReadBackExactly() {
        List<Instant> times = List.of(T0, Instant.parse("2026-03-04T05:06:07Z"), Instant.parse("1999-12-31T23:59:59.5Z"),
                Instant.parse("2026-03-04T05:06:07.000000001Z"));
        for (Instant time : times) {
            assertThat(LocalStore.parseSortable(LocalStore.sortable(time))).isEqualTo(time);
        }
        assertThat(times.stream().map(LocalStore::sortable).sorted().map(LocalStore::parseSortable))
                .containsExactlyElementsOf(times.stream().sorted().toList());
        assertThat(LocalStore.parseSortable("2026-03-04T05:06:07Z")).isEqualTo(Instant.parse("2026-03-04T05:06:07Z"));
    }

    @Test
    void theRetryWaitDoublesUpToTheMaximum() {
        StoreOptions options = StoreOptions.defaults();
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 40)).extracting(n -> LocalStore.retryDelay(options, n).toSeconds())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
    }

    @Test
    void theNativeLibraryIsExtractedBelowTheDataFolderUnlessAFolderWasGiven() {
        String before = System.getProperty(DatabaseOpener.TMPDIR_PROPERTY);
        System.clearProperty(DatabaseOpener.TMPDIR_PROPERTY);
        try {
            LocalStore.open(dataDir).close();
            assertThat(System.getProperty(DatabaseOpener.TMPDIR_PROPERTY))
                    .isEqualTo(dataDir.resolve(LocalStore.FOLDER).resolve("tmp").toAbsolutePath().toString());
            assertThat(dataDir.resolve(LocalStore.FOLDER).resolve("tmp")).isDirectory();
        } finally {
            if (before == null) {
                System.clearProperty(DatabaseOpener.TMPDIR_PROPERTY);
            } else {
                System.setProperty(DatabaseOpener.TMPDIR_PROPERTY, before);
            }
        }
    }

    @Test
    void aClosedStoreRefusesWorkWithoutThrowing() {
        LocalStore store = LocalStore.open(dataDir);
        store.close();

        assertThat(store.account(TestAccounts.A).drafts().all()).isCompletedExceptionally();
        store.account(TestAccounts.A).drafts().saveSoon(simple("a", T0, "a"));
        assertThat(store.account(TestAccounts.A).drafts().save(simple("a", T0, "a"))).isCompletedExceptionally();
        assertThat(Optional.of(store.status())).contains(StoreStatus.ok());
    }
}
