package de.cloudhub.order.app;

import de.cloudhub.order.ui.common.Browser;
import de.cloudhub.order.ui.common.WebLinks;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The system's browser. On Windows and macOS through JavaFX's HostServices; elsewhere the app looks
 * for the same programs HostServices tries itself ({@code xdg-open} first), but says when none is
 * there, or when {@code xdg-open} finds no browser (it exits with an error): HostServices then only
 * prints a stack trace and nothing visible happens.
 */
final class SystemBrowser implements Browser {
    private static final Logger LOG = LoggerFactory.getLogger(SystemBrowser.class);
    static final List<String> UNIX_BROWSERS = List.of("xdg-open", "google-chrome", "firefox", "opera", "konqueror",
            "mozilla");

    private final Consumer<String> hostServices;
    private final String osName;
    private final String path;

    SystemBrowser(Consumer<String> hostServices) {
        this(hostServices, System.getProperty("os.name", ""), System.getenv("PATH"));
    }

    SystemBrowser(Consumer<String> hostServices, String osName, String path) {
        this.hostServices = hostServices;
        this.osName = osName;
        this.path = path == null ? "" : path;
    }

    @Override
    public CompletionStage<Boolean> browse(String url) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            hostServices.accept(url);
            return CompletableFuture.completedFuture(true);
        }
        Optional<Path> program = UNIX_BROWSERS.stream().map(this::onPath).flatMap(Optional::stream).findFirst();
        if (program.isEmpty()) {
            LOG.info("No browser found on the PATH (looked for {})", UNIX_BROWSERS);
            return CompletableFuture.completedFuture(false);
        }
        try {
            Process process = new ProcessBuilder(program.get().toString(), url)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!program.get().getFileName().toString().equals("xdg-open")) {
                return CompletableFuture.completedFuture(true);
            }
            // xdg-open hands the link on and ends; an error exit means no browser took it
            return process.onExit().thenApply(done -> {
                if (done.exitValue() != 0) {
                    LOG.info("xdg-open could not open {}: exit {}", WebLinks.forLog(url), done.exitValue());
                }
                return done.exitValue() == 0;
            });
        } catch (IOException e) {
            LOG.info("Could not start {}: {}", program.get(), e.getMessage());
            return CompletableFuture.completedFuture(false);
        }
    }

    private Optional<Path> onPath(String program) {
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
