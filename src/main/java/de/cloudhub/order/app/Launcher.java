package de.cloudhub.order.app;

import de.cloudhub.order.sandbox.SandboxServer;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}, so {@code java -jar} works with JavaFX on
 * the class path. It parses the options, answers {@code --help}, runs {@code --sandbox-server}
 * without a window, or starts the window. A wrong option ends with one line and exit code 2.
 */
public final class Launcher {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private Launcher() {
    }

    public static void main(String[] args) {
        int code = run(args, System.getenv(), System.out, System.err, Launcher::launchWindow);
        // ends lingering non-daemon threads (HTTP server, client pools) once the window is closed
        System.exit(code);
    }

    /**
     * Everything {@link #main} does, without ending the JVM: returns the exit code. {@code window}
     * starts the window with the raw arguments and returns when it is closed.
     */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err,
                          WindowStarter window) {
        Objects.requireNonNull(window);
        AppOptions.ParseResult parsed = AppOptions.parse(Arrays.asList(args), env);
        if (!parsed.ok()) {
            reportUsageError(parsed.error(), err);
            return EXIT_USAGE;
        }
        AppOptions options = parsed.options();
        if (options.help()) {
            out.println(AppOptions.usage());
            return EXIT_OK;
        }
        if (options.sandboxServer()) {
            return runSandboxServer(options.port(), out, err, new CountDownLatch(1));
        }
        window.start(args);
        return EXIT_OK;
    }

    /** Prints the one line for a wrong option (also used by the Application started without this class). */
    static void reportUsageError(String error, PrintStream err) {
        err.println("cloudhub-order: " + error);
    }

    /** The same on the process's standard error, for the Application started by {@code mvn javafx:run}. */
    static void reportUsageError(String error) {
        reportUsageError(error, System.err);
    }

    static void printUsage() {
        System.out.println(AppOptions.usage());
    }

    /** Serves the sandbox API until {@code stop} opens or the JVM ends (a shutdown hook closes it). */
    static int runSandboxServer(int port, PrintStream out, PrintStream err, CountDownLatch stop) {
        SandboxServer server;
        try {
            server = SandboxServer.start(port);
        } catch (RuntimeException e) {
            err.println("cloudhub-order: cannot start the sandbox on port " + port + ": " + e.getMessage());
            return EXIT_FAILED;
        }
        Thread hook = new Thread(server::close, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Sandbox API on " + server.baseUri());
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook closes the server
        }
        return EXIT_OK;
    }

    private static void launchWindow(String[] args) {
        Application.launch(CloudhubOrderApp.class, args);
    }

    /** Starts the window; blocks until it is closed. */
    @FunctionalInterface
    public interface WindowStarter {
        void start(String[] args);
    }
}
