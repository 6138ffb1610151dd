package de.cloudhub.order.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.StoreStatus;
import de.cloudhub.order.drafts.StoreStatus.WriteFailure;
import de.cloudhub.order.ui.common.I18n;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The banner for drafts that cannot be saved says what the person can do, never the database's own words. */
class StoreBannerTextTest {
    private static final String SQLITE_WORDS = "[SQLITE_ERROR] SQL error or missing database (cannot commit)";

    @ParameterizedTest
    @EnumSource(WriteFailure.class)
    void aWriteFailureReadsAsItsCauseInBothLanguagesWithoutTheDatabasesText(WriteFailure cause) {
        StoreStatus failing = StoreStatus.writeFailing(cause, SQLITE_WORDS, null);

        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.GERMAN}) {
            String text = MainWindow.storeText(failing, new I18n(locale));

            assertThat(text).doesNotContain("SQLITE", "SQL error", "{", "}").isNotBlank();
        }
        String english = MainWindow.storeText(failing, new I18n(Locale.ENGLISH));
        assertThat(english).startsWith("Your drafts cannot be saved right now: ")
                .contains("Nothing is lost while the app stays open")
                .contains(switch (cause) {
                    case DISK_FULL -> "the disk is full";
                    case NOT_WRITABLE -> "the data folder cannot be written";
                    case OTHER -> "The log file says what went wrong";
                });
    }
}
