package de.cloudhub.order.app;

import de.cloudhub.order.api.LoopbackHosts;
import de.cloudhub.order.api.ProxySettings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The command line, parsed and checked: the same options for {@link Launcher}, {@code mvn javafx:run
 * -Djavafx.args=...} and a test that starts {@link CloudhubOrderApp} with arguments. The token never
 * comes from an argument (other users can read those): it comes from {@code CLOUDHUB_TOKEN} or a file.
 *
 * @param sandbox      run against the embedded sandbox ({@code --sandbox}, {@code --demo-user}, {@code --sandbox-port},
 *                     or the demo chosen in the settings file)
 * @param sandboxPort  fixed port of the embedded sandbox, 0 for a free one
 * @param apiUrl       the real endpoint's base URL ({@code .../api/v1}): {@code --api-url}, else the settings file's,
 *                     else the build's default; null in sandbox mode and when none is configured
 * @param dataDir      where every file the app writes goes, null for the OS's user data folder
 * @param locale       the language asked for, null for the system's
 * @param sandboxServer run only the sandbox API, no window
 * @param port         the port of {@code --sandbox-server}
 * @param token        the bearer token, null when none is configured (never printed)
 * @param portalUrl    the customer portal's support-ticket page (https, or http on loopback), null for the default
 * @param demoUser     {@code customer} or {@code sales}: which demo token the sandbox mode uses
 * @param help         print the usage and stop
 * @param version      print the version ({@code Cloudhub Order <version>}) and stop
 * @param proxy        the proxy from {@code HTTPS_PROXY} for a real endpoint, null when the JVM's proxy
 *                     selector decides (see {@link ProxyEnvironment})
 * @param file         the program's argument FILE (a draft file to open), absolute; null when none is given
 * @param endpointFrom where the endpoint (the demo or {@code apiUrl}) came from; {@link EndpointFrom#NONE} when
 *                     nothing names one (the first start asks, {@link #needsEndpointChoice()})
 */
public record AppOptions(boolean sandbox, int sandboxPort, URI apiUrl, Path dataDir, Locale locale,
                         boolean sandboxServer, int port, String token, URI portalUrl, String demoUser,
                         boolean help, boolean version, ProxySettings proxy, Path file, EndpointFrom endpointFrom) {
    public static final String TOKEN_ENV = "CLOUDHUB_TOKEN";
    public static final int DEFAULT_SANDBOX_SERVER_PORT = 18080;
    private static final List<String> DEMO_USERS = List.of("customer", "sales");

    /** Where the endpoint of a start came from, in the order they win. */
    public enum EndpointFrom {
        /** {@code --api-url}, or a demo option ({@code --sandbox}, {@code --demo-user}, {@code --sandbox-port}). */
        OPTION,
        /** The settings file ({@link EndpointSetting}). */
        SETTINGS_FILE,
        /** The default baked into the build (Maven property {@code cloudhub.api.url}). */
        BUILT_IN,
        /** Nothing: the first start asks. */
        NONE
    }

    /** The outcome of parsing: options, or the one line that says what is wrong. */
    public record ParseResult(AppOptions options, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** The token the app sends: the configured one, else the demo user's in sandbox mode. */
    public Optional<String> effectiveToken() {
        if (token != null) {
            return Optional.of(token);
        }
        return sandbox ? Optional.of("demo-" + demoUser) : Optional.empty();
    }

    /** The file given as the program's argument, absolute (resolved against the folder the app was started in). */
    public Optional<Path> fileToOpen() {
        return Optional.ofNullable(file);
    }

    /**
     * A real endpoint without a token given at the start: the person signs in through the browser (and stays
     * signed in where a keyring keeps the session).
     */
    public boolean signsIn() {
        return !sandbox && apiUrl != null && !sandboxServer && !help && !version && token == null;
    }

    /**
     * No option, no settings file and no build default names an endpoint: the window asks "Use the demo"
     * or "Connect to your provider" before anything else starts.
     */
    public boolean needsEndpointChoice() {
        return !sandbox && apiUrl == null && !sandboxServer && !help && !version;
    }

    /** What this start asks of an app already running with the same data folder. */
    public InstanceRequest instanceRequest() {
        return fileToOpen().map(InstanceRequest::open).orElseGet(InstanceRequest::show);
    }

    /** The data folder: {@code --data-dir} or the OS's user data folder for the app. */
    public Path effectiveDataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        return Path.of(dev.dirs.ProjectDirectories.from("de", "Cloudhub", "Cloudhub Order").dataDir);
    }

    @Override
    public String toString() {
        return "AppOptions[sandbox=" + sandbox + ", sandboxPort=" + sandboxPort + ", apiUrl=" + apiUrl
                + ", dataDir=" + dataDir + ", locale=" + locale + ", sandboxServer=" + sandboxServer
                + ", port=" + port + ", token=" + (token == null ? "none" : "***") + ", portalUrl=" + portalUrl
                + ", demoUser=" + demoUser + ", help=" + help + ", version=" + version + ", proxy=" + proxy + ", file=" + file
                + ", endpointFrom=" + endpointFrom + "]";
    }

    /** The options of {@code args}; without an endpoint option, the settings file and the build's default decide. */
    public static ParseResult parse(List<String> args, Map<String, String> env) {
        return parse(args, env, System::getProperty);
    }

    /** {@code systemProperty} answers the JVM's properties (the proxy choice depends on them). */
    static ParseResult parse(List<String> args, Map<String, String> env, UnaryOperator<String> systemProperty) {
        return parse(args, env, systemProperty, EndpointSetting::forStart);
    }

    /**
     * As {@link #parse(List, Map)}, with the endpoint setting of a data folder ({@code --data-dir}, or null)
     * from {@code settings}.
     */
    static ParseResult parse(List<String> args, Map<String, String> env, UnaryOperator<String> systemProperty,
                             Function<Path, EndpointSetting> settings) {
        Objects.requireNonNull(args);
        Objects.requireNonNull(env);
        Objects.requireNonNull(systemProperty);
        Objects.requireNonNull(settings);
        try {
            return new ParseResult(new Parser(args, env, systemProperty, settings).parse(), null);
        } catch (BadOption e) {
            return new ParseResult(null, e.getMessage());
        }
    }

    /** The usage text printed by {@code --help}. */
    public static String usage() {
        return String.join(System.lineSeparator(),
                "Usage: java -jar cloudhub-order.jar [options] [FILE]",
                "",
                "Orders plusserver Caching as a Service (Valkey 8). FILE is a draft file (.cloudhub-order) to open.",
                "A second start with the same data folder brings the running window to the front (and hands FILE to it).",
                "",
                "Which endpoint: --api-url URL, or the demo (--sandbox, --demo-user, --sandbox-port); else the",
                "settings file " + EndpointSetting.FILE_NAME + " in the user's config folder (in DIR with --data-dir) with",
                "api.url=URL or demo=true; else the build's default (Maven property cloudhub.api.url). When none",
                "names one, the first start asks: use the demo, or connect to your provider (saved in that file).",
                "",
                "Options:",
                "  --sandbox               use the embedded sandbox API (the demo)",
                "  --sandbox-port N        fixed port for the embedded sandbox (default: a free one)",
                "  --demo-user customer|sales",
                "                          which demo user the sandbox mode signs in as (default: customer)",
                "  --api-url URL           the ordering API's base URL, e.g. https://order.example.com/api/v1",
                "  --token-file FILE       read the API token from FILE (or set " + TOKEN_ENV + ")",
                "  --portal-url URL        the customer portal's support-ticket page, https; links from the server",
                "                          open only on its origin (default: <API origin>" + AppContext.TICKET_PAGE + ")",
                "  --data-dir DIR          where the app keeps drafts, logs and its settings file (default: the",
                "                          user data folder; the settings file then lives in the user config folder)",
                "  --locale de|en          the language of the window (default: the system's)",
                "  --sandbox-server        run only the sandbox API, no window (with --port N, default "
                        + DEFAULT_SANDBOX_SERVER_PORT + ")",
                "  --port N                the port of --sandbox-server",
                "  --version               print the version and stop",
                "  --help                  show this text",
                "",
                "The token is never taken from a command-line argument: other users can read those. Without a",
                "token for --api-url, a window explains how to give one.",
                "",
                "Exit codes: 0 done (also when the running app took over), 1 the sandbox server failed,",
                "2 wrong options or a data folder that cannot be used, 3 the app running with this data folder",
                "does not answer.");
    }

    private static final class BadOption extends Exception {
        BadOption(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Parser {
        private final List<String> args;
        private final Map<String, String> env;
        private final UnaryOperator<String> systemProperty;
        private final Function<Path, EndpointSetting> settings;
        private int i;
        private boolean sandbox;
        private Integer sandboxPort;
        private URI apiUrl;
        private Path dataDir;
        private Locale locale;
        private boolean sandboxServer;
        private Integer port;
        private Path tokenFile;
        private URI portalUrl;
        private String demoUser;
        private boolean help;
        private boolean version;
        private Path file;

        Parser(List<String> args, Map<String, String> env, UnaryOperator<String> systemProperty,
               Function<Path, EndpointSetting> settings) {
            this.args = args;
            this.env = env;
            this.systemProperty = systemProperty;
            this.settings = settings;
        }

        AppOptions parse() throws BadOption {
            for (i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                String inlineValue = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    inlineValue = arg.substring(eq + 1);
                    arg = arg.substring(0, eq);
                }
                switch (arg) {
                    case "--help", "-h" -> help = true;
                    case "--version" -> version = true;
                    case "--sandbox" -> sandbox = true;
                    case "--sandbox-server" -> sandboxServer = true;
                    case "--sandbox-port" -> sandboxPort = port(arg, value(arg, inlineValue), true);
                    case "--port" -> port = port(arg, value(arg, inlineValue), false);
                    case "--api-url" -> apiUrl = secureUrl(arg, value(arg, inlineValue));
                    case "--portal-url" -> portalUrl = secureUrl(arg, value(arg, inlineValue));
                    case "--data-dir" -> dataDir = path(arg, value(arg, inlineValue));
                    case "--token-file" -> tokenFile = path(arg, value(arg, inlineValue));
                    case "--locale" -> locale = locale(value(arg, inlineValue));
                    case "--demo-user" -> demoUser = demoUser(value(arg, inlineValue));
                    case "--token" -> throw new BadOption("--token is not accepted: command-line arguments are "
                            + "visible to other users; set " + TOKEN_ENV + " or use --token-file FILE");
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new BadOption("Unknown option " + arg + " (see --help)");
                        }
                        file(arg);
                    }
                }
            }
            return build();
        }

        /** The one positional argument: the file to open, made absolute for an app started elsewhere. */
        private void file(String arg) throws BadOption {
            if (file != null) {
                throw new BadOption("Unexpected argument " + arg + ": only one FILE can be opened (see --help)");
            }
            file = path("FILE", arg).toAbsolutePath().normalize();
        }

        private AppOptions build() throws BadOption {
            if (help || version) {
                return new AppOptions(true, 0, null, dataDir, locale, false, 0, null, null, "customer", help, version,
                        null, null, EndpointFrom.NONE);
            }
            if (sandboxServer) {
                if (sandbox || apiUrl != null || sandboxPort != null) {
                    throw new BadOption("--sandbox-server runs the sandbox alone: use --port N, not "
                            + "--sandbox, --sandbox-port or --api-url");
                }
                if (file != null) {
                    throw new BadOption("--sandbox-server opens no window and no FILE: leave out " + file);
                }
                return new AppOptions(false, 0, null, dataDir, locale, true,
                        port == null ? DEFAULT_SANDBOX_SERVER_PORT : port, null, null, "customer", false, false, null,
                        null, EndpointFrom.NONE);
            }
            if (port != null) {
                throw new BadOption("--port belongs to --sandbox-server; for the embedded sandbox use --sandbox-port N");
            }
            if (sandbox && apiUrl != null) {
                throw new BadOption("--sandbox and --api-url exclude each other: choose one");
            }
            EndpointFrom from = EndpointFrom.OPTION;
            boolean demoAsked = sandbox || sandboxPort != null || demoUser != null;
            if (apiUrl == null && !demoAsked) {
                from = fromSetting();
            }
            boolean useSandbox = apiUrl == null && (demoAsked || from != EndpointFrom.NONE);
            if (!useSandbox && sandboxPort != null) {
                throw new BadOption("--sandbox-port only applies to the embedded sandbox, not with --api-url");
            }
            if (!useSandbox && demoUser != null) {
                throw new BadOption("--demo-user only applies to the embedded sandbox, not with --api-url");
            }
            // no token for a real endpoint is no wrong option: the person signs in through the browser (signsIn())
            String token = readToken();
            ProxySettings proxy = apiUrl == null || LoopbackHosts.isLoopbackHost(apiUrl.getHost()) ? null : proxy();
            return new AppOptions(useSandbox, sandboxPort == null ? 0 : sandboxPort, apiUrl, dataDir, locale,
                    false, 0, token, portalUrl, demoUser == null ? "customer" : demoUser, false, false, proxy, file,
                    from);
        }

        /**
         * No option names the endpoint: the settings file or the build's default does (setting {@link #apiUrl}
         * for a provider), or nothing does. A URL there that the rules refuse counts as none: the first-start
         * choice shows it to be corrected.
         */
        private EndpointFrom fromSetting() {
            Optional<EndpointSetting.Found> found = settings.apply(dataDir).read();
            if (found.isEmpty()) {
                return EndpointFrom.NONE;
            }
            EndpointFrom from = found.get().source() == EndpointSetting.Source.SETTINGS_FILE
                    ? EndpointFrom.SETTINGS_FILE : EndpointFrom.BUILT_IN;
            EndpointSetting.Choice choice = found.get().choice();
            if (choice instanceof EndpointSetting.Demo) {
                return from;
            }
            if (choice instanceof EndpointSetting.Provider provider) {
                try {
                    apiUrl = secureUrl(EndpointSetting.API_URL, provider.url().toString());
                    return from;
                } catch (BadOption e) {
                    return EndpointFrom.NONE;
                }
            }
            return EndpointFrom.NONE;
        }

        /** Only a real endpoint goes through a proxy; loopback hosts never do. */
        private ProxySettings proxy() throws BadOption {
            try {
                return ProxyEnvironment.choose(env, systemProperty).orElse(null);
            } catch (IllegalArgumentException e) {
                throw new BadOption(e.getMessage());
            }
        }

        private String readToken() throws BadOption {
            if (tokenFile != null) {
                String text;
                try {
                    text = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                } catch (IOException | SecurityException e) {
                    throw new BadOption("Cannot read the token file " + tokenFile + ": " + e.getClass().getSimpleName());
                }
                if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
                    throw new BadOption("The token file " + tokenFile + " must hold exactly one token");
                }
                return text;
            }
            String fromEnv = env.get(TOKEN_ENV);
            return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
        }

        private String value(String option, String inlineValue) throws BadOption {
            if (inlineValue != null) {
                if (inlineValue.isEmpty()) {
                    throw new BadOption(option + " needs a value");
                }
                return inlineValue;
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new BadOption(option + " needs a value");
            }
            i++;
            return args.get(i);
        }

        private static int port(String option, String value, boolean zeroAllowed) throws BadOption {
            try {
                int p = Integer.parseInt(value);
                if (p >= (zeroAllowed ? 0 : 1) && p <= 65535) {
                    return p;
                }
            } catch (NumberFormatException e) {
                // reported below with the allowed range
            }
            throw new BadOption(option + " needs a port number from " + (zeroAllowed ? 0 : 1) + " to 65535, not "
                    + value);
        }

        /**
         * The API URL carries the token and the portal URL decides which links are opened: both must be
         * https, plain http only on a loopback host.
         */
        private static URI secureUrl(String option, String value) throws BadOption {
            URI uri = httpUrl(option, value);
            if ("http".equalsIgnoreCase(uri.getScheme()) && !LoopbackHosts.isLoopbackHost(uri.getHost())) {
                throw new BadOption(option + " must use https (plain http only for loopback hosts such as "
                        + "127.0.0.1, ::1 or localhost): " + value);
            }
            return uri;
        }

        private static URI httpUrl(String option, String value) throws BadOption {
            try {
                URI uri = new URI(value);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                        && uri.getRawUserInfo() == null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            throw new BadOption(option + " needs an http(s) URL such as https://order.example.com/api/v1, not " + value);
        }

        private static Path path(String option, String value) throws BadOption {
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new BadOption(option + " needs a valid path, not " + value);
            }
        }

        private static Locale locale(String value) throws BadOption {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "de" -> Locale.GERMAN;
                case "en" -> Locale.ENGLISH;
                default -> throw new BadOption("--locale must be de or en, not " + value);
            };
        }

        private static String demoUser(String value) throws BadOption {
            if (DEMO_USERS.contains(value)) {
                return value;
            }
            throw new BadOption("--demo-user must be customer or sales, not " + value);
        }
    }
}
