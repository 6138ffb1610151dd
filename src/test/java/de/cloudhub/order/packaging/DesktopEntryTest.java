package de.cloudhub.order.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Linux desktop entry describes how the app really starts. */
class DesktopEntryTest {
    private static final Path ENTRY = Path.of("packaging", "linux", "cloudhub-order.desktop");

    private static Map<String, String> mainGroup() throws IOException {
        List<String> lines = Files.readAllLines(ENTRY, StandardCharsets.UTF_8);
        assertThat(lines).first().isEqualTo("[Desktop Entry]");
        Map<String, String> keys = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("[")) {
                break;
            }
            int eq = line.indexOf('=');
            if (eq > 0 && !line.startsWith("#")) {
                keys.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return keys;
    }

    @Test
    void execStartsTheInstalledLauncherWithTheOneFileItWasGiven() throws IOException {
        Map<String, String> keys = mainGroup();

        // the app takes one draft file as its argument (a double click on a *.cloudhub-order file)
        assertThat(keys.get("Exec")).isEqualTo("/opt/cloudhub-order/bin/cloudhub-order %f");
        assertThat(keys).containsEntry("Type", "Application").containsKeys("Name", "Icon")
                .containsEntry("MimeType", "application/x-cloudhub-order;");
    }
}
