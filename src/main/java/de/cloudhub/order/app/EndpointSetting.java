package de.cloudhub.order.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which endpoint the app uses when no option names one: the settings file ({@code settings.properties}
 * in the user's config folder, or in {@code --data-dir} when one is given, so a test or a second
 * profile never reads the person's own), else the default baked into the build (the Maven property
 * {@code cloudhub.api.url}, filtered into {@code version.properties}), else none (the first start asks).
 * The file holds {@code api.url=URL} for a provider, or {@code demo=true} for the embedded demo.
 */
final class EndpointSetting {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointSetting.class);
    static final String FILE_NAME = "settings.properties";
    static final String API_URL = "api.url";
    static final String DEMO = "demo";
    /** The key in {@code version.properties} that carries the Maven property {@code cloudhub.api.url}. */
    static final String BUILT_IN_KEY = "api.url";

    /** What a setting says. */
    sealed interface Choice permits Demo, Provider, Unusable {
    }

    /** The embedded demo. */
    record Demo() implements Choice {
    }

    /** A provider's API at {@code url}. */
    record Provider(URI url) implements Choice {
    }

    /** A value that is no usable URL ({@code text} as written): the first-start choice shows it to correct. */
    record Unusable(String text) implements Choice {
    }

    /** Where a setting came from. */
    enum Source {
        SETTINGS_FILE, BUILT_IN
    }

    /** A choice and where it was found. */
    record Found(Choice choice, Source source) {
    }

    private final Path file;
    private final String builtIn;

    /**
     * @param file    the settings file (need not exist)
     * @param builtIn the build's default URL, empty for none
     */
    EndpointSetting(Path file, String builtIn) {
        this.file = Objects.requireNonNull(file);
        this.builtIn = Objects.requireNonNull(builtIn).strip();
    }

    /** The setting of a start with {@code dataDir} ({@code --data-dir}, or null), with the build's own default. */
    static EndpointSetting forStart(Path dataDir) {
        return new EndpointSetting(fileFor(dataDir), builtInDefault());
    }

    /** The settings file: in {@code dataDir} when one is given, else in the user's config folder. */
    static Path fileFor(Path dataDir) {
        if (dataDir != null) {
            return dataDir.resolve(FILE_NAME);
        }
        return Path.of(dev.dirs.ProjectDirectories.from("de", "Cloudhub", "Cloudhub Order").configDir)
                .resolve(FILE_NAME);
    }

    /** The build's default URL ({@code -Dcloudhub.api.url=…} at build time), empty when the build set none. */
    static String builtInDefault() {
        Properties properties = new Properties();
        try (InputStream in = EndpointSetting.class.getResourceAsStream(AppVersion.RESOURCE)) {
            if (in == null) {
                return "";
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + AppVersion.RESOURCE, e);
        }
        String value = properties.getProperty(BUILT_IN_KEY, "").strip();
        // an IDE that copies resources without Maven's filtering leaves the placeholder: no default
        return value.contains("${") ? "" : value;
    }

    Path file() {
        return file;
    }

    /** The build's default URL, empty for none. */
    String builtIn() {
        return builtIn;
    }

    /** The endpoint the settings file names, else the build's default; empty when neither names one. */
    Optional<Found> read() {
        Properties saved = load();
        String url = saved.getProperty(API_URL, "").strip();
        if (!url.isEmpty()) {
            return Optional.of(new Found(choice(url), Source.SETTINGS_FILE));
        }
        if (Boolean.parseBoolean(saved.getProperty(DEMO, "").strip())) {
            return Optional.of(new Found(new Demo(), Source.SETTINGS_FILE));
        }
        if (!builtIn.isEmpty()) {
            return Optional.of(new Found(choice(builtIn), Source.BUILT_IN));
        }
        return Optional.empty();
    }

    /** Remembers the demo as the choice for the next starts. */
    void saveDemo() throws IOException {
        Properties saved = load();
        saved.remove(API_URL);
        saved.setProperty(DEMO, "true");
        store(saved);
    }

    /** Remembers the provider's API at {@code url} as the choice for the next starts. */
    void saveProvider(URI url) throws IOException {
        Properties saved = load();
        saved.remove(DEMO);
        saved.setProperty(API_URL, url.toString());
        store(saved);
    }

    /** Forgets the demo choice ("Leave the demo"): the next start asks again, or uses the build's default. */
    void clearDemo() throws IOException {
        Properties saved = load();
        if (saved.remove(DEMO) != null) {
            store(saved);
        }
    }

    private static Choice choice(String text) {
        try {
            URI url = new URI(text);
            if (url.getHost() != null) {
                return new Provider(url);
            }
        } catch (URISyntaxException e) {
            // reported as unusable below
        }
        return new Unusable(text);
    }

    private Properties load() {
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (NoSuchFileException e) {
            // no choice saved yet
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Cannot read the settings file {}; it is taken as empty", file, e);
        }
        return saved;
    }

    /** Writes the whole file anew beside it and moves it into place, so a crash never leaves half a file. */
    private void store(Properties saved) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path next = Files.createTempFile(folder, ".settings-", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                saved.store(out, "Cloudhub Order: the endpoint chosen at the first start");
            }
            try {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(next, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(next);
        }
        LOG.info("Saved the endpoint setting in {}", file);
    }
}
