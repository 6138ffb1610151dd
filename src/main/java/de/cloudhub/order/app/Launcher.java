package de.cloudhub.order.app;

import de.cloudhub.order.sandbox.SandboxServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;

/**
 * The main class. It does not extend {@link Application}, so {@code java -jar} works with JavaFX on
 * the class path. It parses the options, answers {@code --help} and {@code --version}, runs
 * {@code --sandbox-server} without a window, or starts the window. A wrong option, or an environment
 * the app cannot start in (an unusable data folder, a sandbox port already taken), ends with one line
 * and exit code 2, never a stack trace. The data folder's lock is taken before JavaFX starts, and what
 * lies below the window (store, sandbox, API client) begins to start beside the toolkit. A start with a
 * real endpoint but no token signs the person in through the browser; one that names no endpoint at all asks
 * for one in the window (a person starting the app from the desktop sees no console). A second start with the data folder
 * of a running app hands its request to that app (see {@link SingleInstance}) and ends with 0, or
 * with {@link #EXIT_NOT_ANSWERING} when that app does not answer.
 */
public final class Launcher {
    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILED = 1;
    public static final int EXIT_USAGE = 2;
    /** The app that holds the data folder does not answer a second start (it is hung, or still starting). */
    public static final int EXIT_NOT_ANSWERING = 3;

    private Launcher() {
    }

    public static void main(String[] args) {
        // Logback sets itself up beside the options, the data folder's lock and JavaFX's start
        LoggingStart.begin();
        ProxyEnvironment.useSystemProxies();
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
        if (options.version()) {
            out.println(AppVersion.line());
            return EXIT_OK;
        }
        if (options.sandboxServer()) {
            return runSandboxServer(options.port(), out, err, new CountDownLatch(1));
        }
        // the same steps as the Application's init(), here before JavaFX starts: a second start hands over
        // without ever opening JavaFX, and the store and the sandbox start beside the toolkit's own start
        WindowStart prepared = prepareWindow(Arrays.asList(args), env, out, err);
        if (!prepared.started()) {
            return prepared.exitCode();
        }
        PREPARED.set(new Prepared(List.of(args), prepared));
        try {
            window.start(args);
        } finally {
            // not taken by a window (a test's stand-in): what it started ends here
            Prepared left = PREPARED.getAndSet(null);
            if (left != null) {
                left.start().close();
            }
        }
        AppStart started = prepared.start();
        if (started == null || !started.failed()) {
            return EXIT_OK;
        }
        return started.failedForAReason() ? EXIT_USAGE : EXIT_FAILED;
    }

    /** What {@link #run} prepared for the Application it launches, with the arguments it was prepared for. */
    private record Prepared(List<String> args, WindowStart start) {
    }

    /**
     * The one hand-over from {@link #run} to the Application that {@link Application#launch} constructs
     * (it cannot be given constructor arguments); taken once, by {@link #takePrepared}.
     */
    private static final AtomicReference<Prepared> PREPARED = new AtomicReference<>();

    /** What {@link #run} prepared for a window with these arguments, or null (then the Application prepares itself). */
    static WindowStart takePrepared(List<String> args) {
        Prepared prepared = PREPARED.get();
        if (prepared != null && prepared.args().equals(args) && PREPARED.compareAndSet(prepared, null)) {
            return prepared.start();
        }
        return null;
    }

    /**
     * What the Application does before its window (also when started by {@code mvn javafx:run} or a
     * test, without {@link #main}): parses the options, becomes the data folder's one app and begins the
     * start in the background ({@link AppStart}); or, without any endpoint, prepares the window that asks for one; or hands the start
     * over to the app already running with the data folder; or prints the one line that says why not
     * and returns the exit code.
     */
    static WindowStart prepareWindow(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        AppOptions.ParseResult parsed = AppOptions.parse(args, env);
        if (!parsed.ok()) {
            reportUsageError(parsed.error(), err);
            return WindowStart.exit(EXIT_USAGE);
        }
        AppOptions options = parsed.options();
        if (options.help()) {
            out.println(AppOptions.usage());
            return WindowStart.exit(EXIT_OK);
        }
        if (options.version()) {
            out.println(AppVersion.line());
            return WindowStart.exit(EXIT_OK);
        }
        if (options.sandboxServer()) {
            reportUsageError("--sandbox-server runs without a window: use java -jar target/cloudhub-order.jar "
                    + "--sandbox-server --port N", err);
            return WindowStart.exit(EXIT_USAGE);
        }
        if (options.needsEndpointChoice()) {
            // nothing names an endpoint: the window asks first (demo or provider), then prepares with the choice
            return WindowStart.chooseEndpoint(options);
        }
        SingleInstance instance;
        Path dataDir;
        try {
            dataDir = DataFolder.prepare(options.effectiveDataDir());
            SingleInstance.Outcome outcome = SingleInstance.acquire(dataDir, options.instanceRequest());
            if (outcome instanceof SingleInstance.HandedOver) {
                out.println("cloudhub-order: Cloudhub Order is already running with this data folder; its window"
                        + " comes to the front" + options.fileToOpen().map(f -> " and was handed " + f).orElse("") + ".");
                return WindowStart.exit(EXIT_OK);
            }
            if (outcome instanceof SingleInstance.NotAnswering silent) {
                reportUsageError(silent.message(), err);
                return WindowStart.exit(EXIT_NOT_ANSWERING);
            }
            instance = ((SingleInstance.First) outcome).instance();
        } catch (StartupException e) {
            reportUsageError(e.getMessage(), err);
            return WindowStart.exit(EXIT_USAGE);
        }
        try {
            AppContext.checkBeforeStart(options);
            return new WindowStart(AppStart.begin(options, dataDir, instance.describe()), instance, null, EXIT_OK);
        } catch (StartupException e) {
            instance.close();
            reportUsageError(e.getMessage(), err);
            return WindowStart.exit(EXIT_USAGE);
        }
    }

    /** {@link #prepareWindow(List, Map, PrintStream, PrintStream)} on this process's environment and console. */
    static WindowStart prepareWindow(List<String> args) {
        return prepareWindow(args, System.getenv(), System.out, System.err);
    }

    /**
     * What the window shows: the app with its start under way and the data folder's instance lock, or (with
     * {@code choosing}, the options of a start that names no endpoint) the first start's
     * choice of endpoint; or no window and the exit code the process should end with.
     */
    record WindowStart(AppStart start, SingleInstance instance, AppOptions choosing, int exitCode) {
        static WindowStart exit(int code) {
            return new WindowStart(null, null, null, code);
        }

        /** The choice writes only the settings file and takes no lock: the start with the choice takes it. */
        static WindowStart chooseEndpoint(AppOptions options) {
            return new WindowStart(null, null, Objects.requireNonNull(options), EXIT_OK);
        }

        /** Ends what this start holds: the start under way and the data folder's lock. */
        void close() {
            try {
                if (start != null) {
                    start.close();
                }
            } finally {
                if (instance != null) {
                    instance.close();
                }
            }
        }

        /** A window opens (the app's, or the first start's choice). */
        boolean started() {
            return start != null || choosing != null;
        }
    }

    /** Prints the one line for a start that cannot work on this process's console (the window says it too). */
    static void reportUsageError(String error) {
        reportUsageError(error, System.err);
    }

    /** Prints the one line for a wrong option or a start that cannot work. */
    static void reportUsageError(String error, PrintStream err) {
        err.println("cloudhub-order: " + error);
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
        // before JavaFX starts: only then does AWT receive macOS's open-file events
        FinderOpenFiles.OF_THIS_PROCESS.install(System.getProperty("os.name", ""));
        Application.launch(CloudhubOrderApp.class, args);
    }

    /** Starts the window; blocks until it is closed. */
    @FunctionalInterface
    public interface WindowStarter {
        void start(String[] args);
    }
}
