package de.cloudhub.order.drafts;

import de.cloudhub.order.testing.TestAccounts;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The process {@link StoreCrashTest} kills: opens the store in the folder given as the argument, then saves
 * one draft with an ever higher counter in its title, and prints each counter once its save is committed.
 * Its standard output is the protocol with the test, so it prints there and nowhere else.
 */
public final class StoreCrashChild {
    static final String COMMITTED = "committed ";

    private StoreCrashChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LocalStore store = LocalStore.open(Path.of(args[0]));
        Instant start = Instant.now();
        for (long counter = 1; ; counter++) {
            DraftRecord draft = TestDrafts.simple("crash", start.plusMillis(counter), Long.toString(counter));
            store.account(TestAccounts.A).drafts().save(draft).join();
            // an edit of another draft between, so that the kill can also hit a burst of saveSoon
            store.account(TestAccounts.A).drafts().saveSoon(TestDrafts.simple("other", start.plusMillis(counter), Long.toString(counter)));
            out.println(COMMITTED + counter);
        }
    }
}
