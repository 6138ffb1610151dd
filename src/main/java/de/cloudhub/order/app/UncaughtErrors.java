package de.cloudhub.order.app;

import de.cloudhub.order.api.ApiFailure;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default handler for exceptions nobody caught: logs them and tells the user in a dialog. */
final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private final DialogService dialogs;
    private final Supplier<I18n> i18n;
    private final Path logFile;
    private boolean showing;

    UncaughtErrors(DialogService dialogs, Supplier<I18n> i18n, Path logFile) {
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.logFile = Objects.requireNonNull(logFile);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), error);
        try {
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("The toolkit is not running; the error is only logged");
        }
    }

    /**
     * The dialog's sentence: an API failure nobody handled still reads as its kind says (never the
     * exception's text, which may carry what a server sent); a bug names itself, for support.
     */
    String message(Throwable error, I18n t) {
        FailureMessage failure = FailureMessage.of(error);
        if (failure.kind() != ApiFailure.OTHER) {
            return t.t("app.error.api-message", failure, logFile.toString());
        }
        String what = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return t.t("app.error.message", what, logFile.toString());
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            I18n t = i18n.get();
            dialogs.showError(t.t("app.error.title"), message(error, t));
        } catch (RuntimeException e) {
            LOG.error("Cannot show the error dialog", e);
        } finally {
            showing = false;
        }
    }
}
