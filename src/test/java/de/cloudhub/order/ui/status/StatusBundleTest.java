package de.cloudhub.order.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.OrderStatus;
import de.cloudhub.order.ui.common.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StatusBundleTest {
    private static final Pattern KEY = Pattern.compile("\"((?:status|overview|notify)\\.[a-z.\\-]+[a-z])\"");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = StatusBundleTest.class.getResourceAsStream("/de/cloudhub/order/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load("status_de.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("status.properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheStatusCodeNamesExistsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/de/cloudhub/order/ui/status"))) {
            for (Path file : files.toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (OrderStatus s : OrderStatus.values()) {
            used.add("status.name." + StatusTexts.keyPart(s));
            used.add("status.explain." + StatusTexts.keyPart(s));
        }
        for (StatusFilter f : StatusFilter.values()) {
            used.add(f.key());
        }
        assertThat(used).hasSizeGreaterThan(60);
        for (Locale locale : I18n.SUPPORTED) {
            I18n i18n = new I18n(locale);
            assertThat(used).as(locale.toString()).allMatch(i18n::has);
        }
    }

    @Test
    void patternsWithArgumentsFormatWithoutRawBraces() {
        for (Locale locale : I18n.SUPPORTED) {
            I18n i18n = new I18n(locale);
            assertThat(i18n.t("status.connection.credentials", "o-1")).contains("o-1").doesNotContain("{");
            assertThat(i18n.t("status.name.unknown", "paused")).contains("(paused)");
            assertThat(i18n.t("status.support.text", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j"))
                    .doesNotContain("{");
        }
    }
}
