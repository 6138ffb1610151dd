package de.cloudhub.order.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.ui.common.I18n;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every German text is German: a German value that is the same as the English one is a text
 * somebody forgot to translate, unless it is one of the words both languages share (names,
 * units, "Region", "Status") listed here.
 */
class GermanTextsTest {
    /** Keys whose text is the same in both languages on purpose. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "app.title", "app.subtitle", "app.language.de", "app.language.en", "dialog.ok",
            "checkout.region.title", "checkout.summary.row.maxmemory-policy", "checkout.summary.row.region",
            "checkout.summary.storage",
            "choices.nodesize.resources", "choices.nodesize.policy.label", "choices.storage.unit",
            "status.facts.region", "status.nodeSize.value", "status.storage.value", "status.timeline.status",
            "status.duration.seconds", "status.duration.minutes", "status.duration.hours",
            "status.connection.host", "status.connection.port", "status.connection.tls",
            "overview.filter.label", "overview.column.status", "overview.column.region",
            "step.region", "demo.badge", "endpoint.url.prompt");

    /** English phrases that were found inside German texts. */
    private static final Set<String> ENGLISH_PHRASES = Set.of("Pay as you go", "Cloud Services", "Basic");

    static Iterable<String> bundles() {
        return I18n.BUNDLES;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = GermanTextsTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noGermanTextIsLeftInEnglish(String bundle) throws IOException {
        String base = "/" + I18n.BUNDLE_PACKAGE.replace('.', '/') + bundle;
        Properties en = load(base + ".properties");
        Properties de = load(base + "_de.properties");
        Set<String> same = new TreeSet<>();
        for (String key : de.stringPropertyNames()) {
            String text = de.getProperty(key);
            if (text.equals(en.getProperty(key)) && text.chars().anyMatch(Character::isLetter)
                    && !SAME_IN_BOTH.contains(key)) {
                same.add(key + "=" + text);
            }
        }
        assertThat(same).as("German texts of %s that are the English ones", bundle).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noGermanTextContainsAnEnglishPhrase(String bundle) throws IOException {
        String base = "/" + I18n.BUNDLE_PACKAGE.replace('.', '/') + bundle;
        Properties de = load(base + "_de.properties");
        Set<String> english = new TreeSet<>();
        for (String key : de.stringPropertyNames()) {
            String text = de.getProperty(key);
            ENGLISH_PHRASES.stream().filter(text::contains).forEach(phrase -> english.add(key + ": " + phrase));
        }
        assertThat(english).as("English phrases in the German texts of %s", bundle).isEmpty();
    }
}
