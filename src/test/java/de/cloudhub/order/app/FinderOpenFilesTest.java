package de.cloudhub.order.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files macOS opens in the app arrive before or after its window is up; none is lost, none goes elsewhere. */
class FinderOpenFilesTest {
    private final FinderOpenFiles files = new FinderOpenFiles();
    private final List<Path> taken = new ArrayList<>();

    @Test
    void filesThatCameBeforeTheWindowWaitForItInTheirOrder() {
        files.received(Path.of("/drafts/a.cloudhub-order"));
        files.received(Path.of("/drafts/b.cloudhub-order"));
        assertThat(taken).isEmpty();

        files.deliverTo(taken::add);

        assertThat(taken).containsExactly(Path.of("/drafts/a.cloudhub-order"), Path.of("/drafts/b.cloudhub-order"));
    }

    @Test
    void aFileThatComesWhileTheWindowIsUpGoesStraightToItMadeAbsolute() {
        files.deliverTo(taken::add);

        files.received(Path.of("relative.cloudhub-order"));

        assertThat(taken).containsExactly(Path.of("relative.cloudhub-order").toAbsolutePath());
    }

    @Test
    void afterTheAppStoppedFilesWaitForTheNextOneAndAreGivenOnlyOnce() {
        files.deliverTo(taken::add);
        files.deliverTo(null);
        files.received(Path.of("/drafts/late.cloudhub-order"));
        assertThat(taken).isEmpty();

        List<Path> next = new ArrayList<>();
        files.deliverTo(next::add);
        files.deliverTo(next::add);

        assertThat(next).containsExactly(Path.of("/drafts/late.cloudhub-order"));
    }

    @Test
    void onlyMacOsGetsAHandler() {
        assertThat(files.install("Linux")).isFalse();
        assertThat(files.install("Windows 11")).isFalse();
    }
}
