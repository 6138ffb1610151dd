package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * A drafts database that cannot be used (damaged, from a newer version, locked by another program, in a folder
 * that cannot be written) never stops the start and is never deleted: one dialog says what happened and where
 * the file is, and the app works.
 */
class DamagedStoreE2eTest extends AppTestBase {
    @Test
    void aDamagedDatabaseIsMovedAsideTheDialogSaysWhereAndTheAppWorks() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve(LocalStore.FOLDER));
        byte[] garbage = "this is no database, just some words a broken disk left behind".repeat(64).getBytes();
        Files.write(folder.resolve(LocalStore.FILE_NAME), garbage);

        startApp("en");

        waitFor("the dialog about the database", () -> !dialogs().isEmpty());
        Window dialog = dialogs().get(0);
        List<String> texts = visibleTexts(dialog.getScene().getRoot());
        Path movedAside = movedAside(folder, ".corrupt");
        assertThat(Files.readAllBytes(movedAside)).as("the damaged file is kept as it was").isEqualTo(garbage);
        assertThat(String.join("\n", texts)).contains(movedAside.toString()).contains("not been deleted");
        closeDialogs();
        next("page-node-size");
    }

    @Test
    void aDatabaseOfANewerVersionIsMovedAsideUntouchedTheDialogSaysSoAndTheAppWorks() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve(LocalStore.FOLDER));
        Path file = folder.resolve(LocalStore.FILE_NAME);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE from_the_future (x TEXT)");
            st.execute("INSERT INTO from_the_future VALUES ('a draft of a newer version')");
            st.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(file);

        startApp("en");

        String text = theOneDialogsText();
        Path movedAside = movedAside(folder, ".newer");
        assertThat(Files.readAllBytes(movedAside)).as("the newer version's file is kept as it was").isEqualTo(before);
        assertThat(text).contains("newer version").contains(movedAside.toString()).contains("not been deleted");
        closeDialogs();
        next("page-node-size");
    }

    @Test
    void aDatabaseLockedByAnotherProgramIsLeftAloneTheDialogSaysSoAndTheAppWorksInMemory() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve(LocalStore.FOLDER));
        Path file = folder.resolve(LocalStore.FILE_NAME);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement st = other.createStatement()) {
            st.execute("CREATE TABLE held (x TEXT)");
            // another program in the middle of a write: neither reading nor writing gets through
            st.execute("BEGIN EXCLUSIVE");
            st.execute("INSERT INTO held VALUES ('busy')");
            byte[] before = Files.readAllBytes(file);

            startApp("en");

            String text = theOneDialogsText();
            assertThat(text).contains("in use by another program").contains("left as it is");
            assertThat(Files.readAllBytes(file)).as("the locked file is not touched").isEqualTo(before);
            closeDialogs();
            assertThat(node("#store-banner", javafx.scene.control.Label.class).getText())
                    .contains("in use by another program", "Close that program");
            next("page-node-size");
            st.execute("ROLLBACK");
        }
    }

    @Test
    void aDataFolderWhereTheDatabaseCannotBeMadeIsSaidAndTheAppWorksInMemory() throws Exception {
        // where the store's folder should be, a file is (CI runs as root: file modes would stop nothing)
        Path inTheWay = dataDir.resolve(LocalStore.FOLDER);
        Files.writeString(inTheWay, "not a folder");

        startApp("en");

        String text = theOneDialogsText();
        assertThat(text).contains("cannot be written").contains("kept only while the app is open");
        assertThat(Files.readString(inTheWay)).isEqualTo("not a folder");
        closeDialogs();
        // and the window goes on saying it, while the person works
        javafx.scene.control.Label banner = node("#store-banner", javafx.scene.control.Label.class);
        assertThat(banner.getText()).contains("kept only while the app is open", "could not be used")
                .doesNotContain("another program");
        next("page-node-size");
        assertThat(find("#store-banner")).isPresent();
    }

    private String theOneDialogsText() {
        waitFor("the dialog about the database", () -> !dialogs().isEmpty());
        assertThat(dialogs()).hasSize(1);
        Window dialog = dialogs().get(0);
        return String.join("\n", visibleTexts(dialog.getScene().getRoot()));
    }

    /** The database file the app moved aside in {@code folder}, named with {@code mark} after the file's name. */
    private static Path movedAside(Path folder, String mark) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(LocalStore.FILE_NAME + mark))
                    .findFirst().orElseThrow();
        }
    }
}
