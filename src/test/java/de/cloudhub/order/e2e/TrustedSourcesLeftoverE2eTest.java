package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * An address typed into the trusted-sources input but not added with Enter is not lost on Next: a
 * valid one is added (and the next page says so), an invalid one keeps Next disabled with its reason.
 */
class TrustedSourcesLeftoverE2eTest extends AppTestBase {
    private void toTrustedSources() throws Exception {
        startApp("en");
        next("page-node-size");
        chooseNodeSize("a2-8");
        next("page-storage");
        next("page-trusted-sources");
    }

    @Test
    void aValidAddressTypedButNotAddedIsAddedOnNextWithANotice() throws Exception {
        toTrustedSources();

        pasteInto("#trusted-source-input", "93.184.216.34");
        next("page-region");

        Label notice = node("#wizard-notice", Label.class);
        waitFor("the notice on the next page", () -> notice.getText().contains("93.184.216.34/32"));
        assertThat(notice.getText()).contains("has been added");
        click("#back");
        waitForPage("page-trusted-sources");
        assertThat(trustedSourceRows()).isEqualTo(1);
        assertThat(node("#trusted-source-input", TextField.class).getText()).isEmpty();
        assertThat(notice.isVisible()).isFalse();
    }

    @Test
    void anInvalidTextTypedButNotAddedBlocksNextWithTheReason() throws Exception {
        toTrustedSources();
        addTrustedSource("93.184.216.34");

        pasteInto("#trusted-source-input", "81.173.12.x");

        Button next = nextButton();
        waitFor("Next disabled by the invalid text", next::isDisabled);
        Label beside = node("#blocking-problem", Label.class);
        waitFor("the reason beside Next", () -> beside.getText().contains("81.173.12.x"));
        push(KeyCode.ALT, KeyCode.RIGHT);
        assertThat(find("#page-trusted-sources")).isPresent();
        assertThat(trustedSourceRows()).isEqualTo(1);
    }
}
