package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which endpoint a start uses: {@code --api-url} (or a demo option) before the settings file, the settings
 * file before the build's default, and without any of them the first start asks.
 */
class EndpointSettingTest {
    private static final String PROVIDER = "https://order.example.com/api/v1";
    private static final String BUILT_IN = "https://built-in.example.com/api/v1";

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(EndpointSetting.FILE_NAME);
    }

    private AppOptions start(String builtIn, String... args) {
        AppOptions.ParseResult parsed = AppOptions.parse(List.of(args), Map.of(), name -> null,
                dataDir -> new EndpointSetting(file(), builtIn));
        assertThat(parsed.error()).isNull();
        return parsed.options();
    }

    private void settings(String text) throws IOException {
        Files.writeString(file(), text);
    }

    @Test
    void withoutOptionFileOrDefaultTheFirstStartAsks() {
        AppOptions options = start("");

        assertThat(options.needsEndpointChoice()).isTrue();
        assertThat(options.sandbox()).isFalse();
        assertThat(options.apiUrl()).isNull();
        assertThat(options.signsIn()).isFalse();
        assertThat(options.endpointFrom()).isEqualTo(AppOptions.EndpointFrom.NONE);
    }

    @Test
    void theSettingsFileNamesTheProvider() throws IOException {
        settings("api.url=" + PROVIDER + "\n");

        AppOptions options = start(BUILT_IN);

        assertThat(options.apiUrl()).isEqualTo(URI.create(PROVIDER));
        assertThat(options.sandbox()).isFalse();
        assertThat(options.endpointFrom()).isEqualTo(AppOptions.EndpointFrom.SETTINGS_FILE);
        assertThat(options.needsEndpointChoice()).isFalse();
    }

    @Test
    void theDemoChosenInTheSettingsFileWinsOverTheBuildsDefault() throws IOException {
        settings("demo=true\n");

        AppOptions options = start(BUILT_IN);

        assertThat(options.sandbox()).isTrue();
        assertThat(options.effectiveToken()).contains("demo-customer");
        assertThat(options.endpointFrom()).isEqualTo(AppOptions.EndpointFrom.SETTINGS_FILE);
    }

    @Test
    void withoutASettingsFileTheBuildsDefaultIsUsed() {
        AppOptions options = start(BUILT_IN);

        assertThat(options.apiUrl()).isEqualTo(URI.create(BUILT_IN));
        assertThat(options.endpointFrom()).isEqualTo(AppOptions.EndpointFrom.BUILT_IN);
    }

    @Test
    void apiUrlWinsOverTheSettingsFile() throws IOException {
        settings("demo=true\napi.url=https://other.example.com/api/v1\n");

        AppOptions options = start(BUILT_IN, "--api-url", PROVIDER);

        assertThat(options.apiUrl()).isEqualTo(URI.create(PROVIDER));
        assertThat(options.endpointFrom()).isEqualTo(AppOptions.EndpointFrom.OPTION);
    }

    @Test
    void theDemoOptionsWinOverAProviderInTheSettingsFile() throws IOException {
        settings("api.url=" + PROVIDER + "\n");

        assertThat(start(BUILT_IN, "--sandbox").sandbox()).isTrue();
        assertThat(start(BUILT_IN, "--demo-user", "sales").effectiveToken()).contains("demo-sales");
        assertThat(start(BUILT_IN, "--sandbox-port", "0").apiUrl()).isNull();
        assertThat(start(BUILT_IN, "--sandbox").endpointFrom()).isEqualTo(AppOptions.EndpointFrom.OPTION);
    }

    @Test
    void aUrlInTheSettingsFileThatTheRulesRefuseIsAskedAgain() throws IOException {
        settings("api.url=http://order.example.com/api/v1\n");

        AppOptions options = start("");

        assertThat(options.needsEndpointChoice()).isTrue();
        assertThat(new EndpointSetting(file(), "").read().orElseThrow().choice())
                .isEqualTo(new EndpointSetting.Provider(URI.create("http://order.example.com/api/v1")));
    }

    @Test
    void somethingThatIsNoUrlAtAllIsKeptToBeCorrected() throws IOException {
        settings("api.url=order example\n");

        assertThat(start("").needsEndpointChoice()).isTrue();
        assertThat(new EndpointSetting(file(), "").read().orElseThrow().choice())
                .isEqualTo(new EndpointSetting.Unusable("order example"));
    }

    @Test
    void aSavedChoiceIsReadAtTheNextStartAndLeavingTheDemoForgetsIt() throws IOException {
        EndpointSetting setting = new EndpointSetting(file(), "");
        setting.saveDemo();
        assertThat(start("").sandbox()).isTrue();

        setting.clearDemo();
        assertThat(start("").needsEndpointChoice()).isTrue();

        setting.saveProvider(URI.create(PROVIDER));
        assertThat(start("").apiUrl()).isEqualTo(URI.create(PROVIDER));
        setting.saveDemo();
        assertThat(Files.readString(file())).contains("\ndemo=true").doesNotContain("\napi.url=");
    }

    @Test
    void savingKeepsOtherKeysAndLeavesNoTemporaryFileBehind() throws IOException {
        settings("someone.else=1\n");
        EndpointSetting setting = new EndpointSetting(dir.resolve("sub/folder").resolve(EndpointSetting.FILE_NAME), "");
        setting.saveProvider(URI.create(PROVIDER));
        new EndpointSetting(file(), "").saveDemo();

        assertThat(Files.readString(file())).contains("someone.else=1", "demo=true");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(EndpointSetting.FILE_NAME, "sub");
        }
    }

    @Test
    void withADataDirTheSettingsFileIsThereElseInTheUsersConfigFolder() {
        assertThat(EndpointSetting.fileFor(dir)).isEqualTo(dir.resolve("settings.properties"));
        assertThat(EndpointSetting.fileFor(null).toString()).containsIgnoringCase("cloudhub")
                .endsWith("settings.properties");
    }

    @Test
    void theDataDirOfTheStartChoosesWhichSettingsFileIsRead() throws IOException {
        settings("demo=true\n");

        AppOptions.ParseResult parsed = AppOptions.parse(List.of("--data-dir", dir.toString()), Map.of());

        assertThat(parsed.error()).isNull();
        assertThat(parsed.options().sandbox()).isTrue();
    }

    @Test
    void thisBuildHasNoDefaultEndpointAndItsResourceWasFiltered() {
        assertThat(EndpointSetting.builtInDefault()).isEmpty();
        assertThat(AppVersion.current()).doesNotContain("${");
    }

    @Test
    void theUsageNamesTheSettingsFileAndTheBuildProperty() {
        assertThat(AppOptions.usage()).contains("settings.properties", "api.url=URL", "demo=true", "cloudhub.api.url");
    }
}
