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

/** Every key of every bundle exists in English and in German. */
class BundleKeysTest {
    static Iterable<String> bundles() {
        return I18n.BUNDLES;
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleKeysTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> keys = new TreeSet<>(from.stringPropertyNames());
        keys.removeAll(in.stringPropertyNames());
        return keys;
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyEnglishKeyHasAGermanText(String bundle) throws IOException {
        String base = "/" + I18n.BUNDLE_PACKAGE.replace('.', '/') + bundle;
        assertThat(missing(load(base + ".properties"), load(base + "_de.properties")))
                .as("keys of %s.properties missing in %s_de.properties", bundle, bundle).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyGermanKeyHasAnEnglishText(String bundle) throws IOException {
        String base = "/" + I18n.BUNDLE_PACKAGE.replace('.', '/') + bundle;
        assertThat(missing(load(base + "_de.properties"), load(base + ".properties")))
                .as("keys of %s_de.properties missing in %s.properties", bundle, bundle).isEmpty();
    }
}
