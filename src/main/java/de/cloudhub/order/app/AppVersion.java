package de.cloudhub.order.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The app's version, as the pom gives it: the build filters {@code version.properties} (and no other
 * resource) with {@code ${project.version}}, so the pom's {@code <version>} is the only place it is written.
 */
final class AppVersion {
    static final String RESOURCE = "version.properties";
    private static final String CURRENT = read();

    private AppVersion() {
    }

    /** The version of this build, e.g. {@code 1.0.0}. */
    static String current() {
        return CURRENT;
    }

    /** What {@code --version} prints. */
    static String line() {
        return "Cloudhub Order " + CURRENT;
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        String version = properties.getProperty("version", "").strip();
        // an IDE that copies resources without Maven's filtering leaves the placeholder: a broken build
        if (version.isEmpty() || version.contains("${")) {
            throw new IllegalStateException(RESOURCE + " was not filtered by the Maven build: " + version);
        }
        return version;
    }
}
