package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The version is written once, in the pom; the app reads it from the one filtered resource. */
class AppVersionTest {
    /** The project's own {@code <version>} (the first one after the parent-less project's artifactId). */
    static String pomVersion() {
        try {
            String pom = Files.readString(Path.of("pom.xml"));
            Matcher m = Pattern.compile("<artifactId>cloudhub-order</artifactId>\\s*<version>([^<]+)</version>")
                    .matcher(pom);
            assertThat(m.find()).as("pom.xml names the project's version").isTrue();
            return m.group(1).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theVersionIsThePoms() {
        assertThat(AppVersion.current()).isEqualTo(pomVersion()).doesNotContain("$");
    }

    @Test
    void theVersionStartsWithANonZeroMajorAsJpackageOnMacOsRequires() {
        assertThat(AppVersion.current()).matches("[1-9][0-9]*\\.[0-9]+\\.[0-9]+");
    }

    @Test
    void theVersionLineNamesTheApp() {
        assertThat(AppVersion.line()).isEqualTo("Cloudhub Order " + pomVersion());
    }
}
