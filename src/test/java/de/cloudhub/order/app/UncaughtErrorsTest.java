package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.api.ApiProblemException;
import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FileType;
import de.cloudhub.order.ui.common.I18n;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UncaughtErrorsTest {
    private static final I18n EN = new I18n(Locale.ENGLISH);
    private final UncaughtErrors errors = new UncaughtErrors(new DialogService() {
        @Override
        public boolean confirm(String title, String message, String confirmText, String cancelText) {
            return false;
        }

        @Override
        public Optional<String> askText(String title, String message, String initialText, String confirmText,
                                        String cancelText) {
            return Optional.empty();
        }

        @Override
        public void showError(String title, String message) {
        }

        @Override
        public void showInfo(String title, String message) {
        }

        @Override
        public void showLink(String title, String message, String link) {
        }

        @Override
        public void onFilesDropped(java.util.function.Consumer<List<Path>> receiver) {
        }

        @Override
        public void showCopyable(String title, String message, List<CopyableText> texts) {
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, FileType type) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
            return Optional.empty();
        }
    }, () -> EN, Path.of("cloudhub-order.log"));

    @Test
    void anUnhandledApiFailureReadsAsItsKindNotAsTheServersText() {
        ApiProblemException problem = new ApiProblemException(503, null, "Unavailable", "\u202Esecret internals",
                null, List.of());

        assertThat(errors.message(problem, EN)).startsWith("The server ran into an error.")
                .doesNotContain("secret internals", "503");
    }

    @Test
    void aBugNamesItselfForSupport() {
        assertThat(errors.message(new IllegalStateException("a bug"), EN)).contains("a bug");
    }
}
