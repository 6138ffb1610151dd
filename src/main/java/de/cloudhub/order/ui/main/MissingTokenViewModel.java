package de.cloudhub.order.ui.main;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The window shown when the app was started for a real endpoint without any token: which endpoint it
 * would have used, and the start command with a token file that the person can copy (the arguments
 * they gave, plus {@code --token-file}). The sign-in window replaces it in a later version.
 */
public final class MissingTokenViewModel {
    /** The token file the copied command names; the window tells the person to put the token there. */
    public static final String TOKEN_FILE = "token.txt";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private final URI endpoint;
    private final String command;

    /**
     * @param endpoint  the API the app would have talked to
     * @param arguments the program's arguments as given (they hold no token: the app never takes one from there)
     */
    public MissingTokenViewModel(URI endpoint, List<String> arguments) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.command = Stream.concat(Stream.of("java", "-jar", "cloudhub-order.jar"),
                        Stream.concat(arguments.stream(), Stream.of("--token-file", TOKEN_FILE)))
                .map(MissingTokenViewModel::quoted)
                .collect(Collectors.joining(" "));
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The start command with {@code --token-file}, quoted for a shell where an argument needs it. */
    public String command() {
        return command;
    }

    private static String quoted(String argument) {
        if (PLAIN.matcher(argument).matches()) {
            return argument;
        }
        return "\"" + argument.replaceAll("([\"\\\\$`])", "\\\\$1") + "\"";
    }
}
