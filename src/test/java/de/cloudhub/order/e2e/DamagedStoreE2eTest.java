package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** A drafts database that cannot be read never stops the start and is never deleted: one dialog says where it is. */
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
        Path movedAside;
        try (Stream<Path> files = Files.list(folder)) {
            movedAside = files.filter(p -> p.getFileName().toString().startsWith(LocalStore.FILE_NAME + ".corrupt"))
                    .findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(movedAside)).as("the damaged file is kept as it was").isEqualTo(garbage);
        assertThat(String.join("\n", texts)).contains(movedAside.toString()).contains("not been deleted");
        closeDialogs();
        next("page-node-size");
    }
}
