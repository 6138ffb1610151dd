package de.cloudhub.order.ui.main;

import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the About dialog tells: the app's version, the runtime it runs on, and where it keeps its files
 * (the data folder and the log file, each to copy, for a support request or a backup).
 */
public record About(String version, Path dataFolder, Path logFile) {
    public About {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(dataFolder, "dataFolder");
        Objects.requireNonNull(logFile, "logFile");
    }

    /** Shows the dialog in the language of {@code t}. */
    void show(DialogService dialogs, I18n t) {
        // JavaFX sets javafx.runtime.version when its toolkit starts, which it has before any window
        String java = System.getProperty("java.runtime.version", System.getProperty("java.version", "?"));
        String javafx = System.getProperty("javafx.runtime.version", "?");
        dialogs.showCopyable(t.t("app.about.title"), t.t("app.about.message", version, java, javafx), List.of(
                new CopyableText("about-data-folder", t.t("app.about.data-folder"), dataFolder.toString()),
                new CopyableText("about-log-file", t.t("app.about.log-file"), logFile.toString())));
    }
}
