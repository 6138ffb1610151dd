package de.cloudhub.order.app;

import java.awt.Desktop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * macOS hands a file opened in the Finder (a double click on a draft file, "Open With", a drop on the
 * Dock icon) to the app as an Apple event, never as a program argument, also when that starts the app.
 * AWT's {@link Desktop} receives these events only when AWT is the process's first toolkit: with JavaFX 21
 * first, JavaFX's own application delegate takes them and drops them. So {@link Launcher} installs the
 * handler just before JavaFX starts, and the app takes the files once its window is up (files that came
 * earlier wait for it). Best effort: on other systems, without the {@code java.desktop} module, or where
 * AWT does not offer the action, nothing is installed and nothing changes.
 */
final class FinderOpenFiles {
    private static final Logger LOG = LoggerFactory.getLogger(FinderOpenFiles.class);

    /**
     * The process's one: the Apple events and AWT's handler exist once per process, and
     * {@code Application.launch} builds the app itself, so the app finds the files here.
     */
    static final FinderOpenFiles OF_THIS_PROCESS = new FinderOpenFiles();

    private final List<Path> waiting = new ArrayList<>();
    private Consumer<Path> receiver;

    /** Installs AWT's open-file handler on macOS ({@code osName} as in {@code os.name}); true when it is. */
    boolean install(String osName) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return false;
        }
        // this runs before JavaFX starts, perhaps while Logback is still setting itself up
        LoggingStart.awaitReady();
        if (ModuleLayer.boot().findModule("java.desktop").isEmpty()) {
            LOG.info("No java.desktop module: files opened in the Finder reach the app only as arguments");
            return false;
        }
        try {
            boolean installed = AwtHandler.install(this::received);
            LOG.info(installed ? "Files opened in the Finder are taken over"
                    : "AWT offers no open-file handler here: files opened in the Finder are not taken over");
            return installed;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Cannot take over files opened in the Finder", e);
            return false;
        }
    }

    /** A file the system asked the app to open (on AWT's thread): to the receiver, or kept until there is one. */
    synchronized void received(Path file) {
        Path absolute = file.toAbsolutePath();
        if (receiver == null) {
            waiting.add(absolute);
        } else {
            receiver.accept(absolute);
        }
    }

    /**
     * From now on files go to {@code next} (called on AWT's thread: hand them to the FX thread), the waiting
     * ones first, in the order they came; null keeps them waiting again (the app has stopped).
     */
    synchronized void deliverTo(Consumer<Path> next) {
        receiver = next;
        if (next != null) {
            List<Path> files = List.copyOf(waiting);
            waiting.clear();
            files.forEach(next);
        }
    }

    /** Touches {@code java.awt} only when called, so this class also loads in a runtime without it. */
    private static final class AwtHandler {
        static boolean install(Consumer<Path> files) {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(event -> event.getFiles().forEach(f -> files.accept(f.toPath())));
            return true;
        }
    }
}
