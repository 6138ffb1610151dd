package de.cloudhub.order.drafts;

import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.NewBillingProfile;
import de.cloudhub.order.model.OrderRequest;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/** Drafts for the store's tests, and a look into the database file past the store. */
final class TestDrafts {
    static final Instant T0 = Instant.parse("2026-03-04T05:06:07.123456789Z");

    private TestDrafts() {
    }

    /** A draft with every field set, none to its default. */
    static DraftRecord full(String id) {
        OrderRequest order = new OrderRequest("c-7", "valkey-8", "b2-4", 250,
                List.of(new TrustedSource("93.184.216.0/24", "office"), new TrustedSource("2001:db8::/48", "vpn")),
                true, "DE-WEST", "allkeys-lru",
                BillingChoice.newProfile(new NewBillingProfile("ACME GmbH", "Hauptstr. 1", "10115", "Berlin", "DE",
                        "billing@acme.example", "Ada", "DE123456789")),
                new TermsAcceptance("2026-01", false), new BigDecimal("149.90"), "PO-4711 äöü");
        return new DraftRecord(id, "b2-4 · 250 GB · DE-WEST", true, "c-7", "ACME GmbH", T0, T0.plusSeconds(90),
                "page-region", DraftState.OUTCOME_UNKNOWN, "o-123", order, "key-" + id, new BigDecimal("149.90"),
                "2026-01");
    }

    /** A plain draft changed at {@code updatedAt}, its counter in the title. */
    static DraftRecord simple(String id, Instant updatedAt, String title) {
        OrderRequest order = new OrderRequest(null, "valkey-8", null, null, List.of(), false, null, null, null,
                null, null, null);
        return new DraftRecord(id, title, false, null, null, T0, updatedAt, "page-service", DraftState.DRAFT, null,
                order, null, null, null);
    }

    static Path dbFile(Path dataDir) {
        return dataDir.resolve(LocalStore.FOLDER).resolve(LocalStore.FILE_NAME);
    }

    static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** The first column of the first row of {@code sql} on the file, read past the store. */
    static String query(Path file, String sql) throws SQLException {
        try (Connection c = connect(file); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
