package de.cloudhub.order.ui.wizard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.testing.SandboxDemo;
import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.testing.RecordingDialogService;
import de.cloudhub.order.ui.ordering.CheckoutPageFxBase;
import de.cloudhub.order.model.StepId;
import de.cloudhub.order.model.LocalizedText;
import de.cloudhub.order.model.Terms;
import de.cloudhub.order.model.TermsDocument;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

class SummaryPageFxTest extends CheckoutPageFxBase {
    private final RecordingDialogService dialogs = new RecordingDialogService();

    @Start
    void start(Stage stage) {
        show(stage, SandboxDemo.CUSTOMER_TOKEN, api -> sandbox.filledState(api), ctx -> SummaryPage.create(ctx, dialogs),
                Locale.GERMAN);
    }

    @Test
    void exportAsApiRequestShowsTheBodyAndTheCommandWithTheKeyThePressWillUse() {
        Button export = lookup("#export-request").queryButton();
        assertThat(export.getText()).isEqualTo("Als API-Anfrage exportieren …");
        assertThat(state.idempotencyKeyProperty().get()).isNull();

        clickOn("#export-request");

        String key = state.idempotencyKeyProperty().get();
        assertThat(key).isNotNull();
        assertThat(dialogs.shown).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("copyable");
            assertThat(shown.title()).isEqualTo("Dieser Auftrag als API-Anfrage");
            assertThat(shown.message()).contains(key).contains("CLOUDHUB_TOKEN")
                    .contains("Die Bedingungen sind darin noch nicht akzeptiert").doesNotContain("!");
            assertThat(shown.texts()).extracting(CopyableText::id).containsExactly("export-request-body", "export-request-curl");
            assertThat(shown.texts().get(0).text()).contains("\"nodeSize\" : \"a4-16\"");
            assertThat(shown.texts().get(1).text()).contains("Idempotency-Key: " + key).contains("$CLOUDHUB_TOKEN")
                    .doesNotContain(SandboxDemo.CUSTOMER_TOKEN);
        });
    }

    @Test
    void orderButtonIsDisabledUntilTheCheckboxIsTicked() {
        Button order = lookup("#order-button").queryButton();
        assertThat(order.getText()).isEqualTo("jetzt kostenpflichtig bestellen");
        assertThat(order.isDisabled()).isTrue();
        clickOn("#terms-checkbox");
        assertThat(order.isDisabled()).isFalse();
        clickOn("#terms-checkbox");
        assertThat(order.isDisabled()).isTrue();
    }

    @Test
    void editLinkCallsTheNavigatorForItsStep() {
        clickOn("#summary-edit-region");
        clickOn("#summary-edit-storage");
        assertThat(sandbox.navigator.edited).containsExactly(StepId.REGION, StepId.STORAGE);
    }

    @Test
    void essentialFactsAndTotalStandAboveTheButton() {
        Label facts = lookup("#order-essentials").queryAs(Label.class);
        Label total = lookup("#order-total").queryAs(Label.class);
        assertThat(facts.getText()).contains("a4-16").contains("DE-NORTH").doesNotContain("!");
        assertThat(total.getText()).contains("€").doesNotContain("!");
    }

    @Test
    void aTermsDocumentOnAnUnsafeAddressIsShownAsPlainTextNotAsALink() {
        Terms current = state.termsProperty().get();
        Terms hostile = new Terms(current.version(), current.acceptance(), List.of(
                new TermsDocument(new LocalizedText("AGB", "Terms"), current.documents().get(0).url()),
                new TermsDocument(new LocalizedText("Böse", "Evil"), "http://evil.example/agb")));
        interact(() -> state.termsProperty().set(hostile));
        Object first = lookup("#terms-doc-0").query();
        assertThat(first).isInstanceOf(Hyperlink.class);
        Object refused = lookup("#terms-doc-1").query();
        assertThat(refused).isNotInstanceOf(Hyperlink.class).isInstanceOf(Label.class);
        assertThat(((Label) refused).getText()).startsWith("Böse").doesNotContain("!");
    }

    @Test
    void aTermsDocumentOnAnotherHttpsHostIsNotALinkAndNamesThatHost() {
        Terms current = state.termsProperty().get();
        Terms hostile = new Terms(current.version(), current.acceptance(), List.of(
                new TermsDocument(new LocalizedText("AGB", "Terms"), "https://evil.example/agb")));
        interact(() -> state.termsProperty().set(hostile));
        Object refused = lookup("#terms-doc-0").query();
        assertThat(refused).isNotInstanceOf(Hyperlink.class).isInstanceOf(Label.class);
        assertThat(((Label) refused).getText()).startsWith("AGB").contains("evil.example");
    }

    @Test
    void aTermsDocumentLinkShowsTheHostItLeadsTo() {
        Hyperlink link = lookup("#terms-doc-0").queryAs(Hyperlink.class);
        assertThat(link.getText()).endsWith("(" + java.net.URI.create(
                state.termsProperty().get().documents().get(0).url()).getHost() + ")");
    }

    @Test
    void aTermsDocumentWithoutTitleIsNamedAsSuchAndStaysUsable() {
        Terms current = state.termsProperty().get();
        // as a server's "title": null is read (TermsDocument gives an empty title)
        Terms untitled = new Terms(current.version(), current.acceptance(), List.of(
                new TermsDocument(null, current.documents().get(0).url())));
        interact(() -> state.termsProperty().set(untitled));
        Hyperlink link = lookup("#terms-doc-0").queryAs(Hyperlink.class);
        assertThat(link.getText()).startsWith("Dokument ohne Titel (");
        clickOn("#terms-doc-0");
        assertThat(sandbox.openedLinks).containsExactly(current.documents().get(0).url());
    }

    @Test
    void placingTheOrderHandsItToTheApp() {
        clickOn("#terms-checkbox");
        clickOn("#order-button");
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
    }

    @Test
    void afterASendWithoutAnAnswerTheOrderButtonIsTheOneButtonThatSendsAgain() {
        // every try of the first press goes unanswered and stores nothing
        sandbox.control("{\"faults\":[{\"method\":\"POST\",\"path\":\"/orders\",\"kind\":\"close-before-store\",\"count\":3}]}");
        clickOn("#terms-checkbox");
        clickOn("#order-button");

        Label hint = lookup("#order-send-again-hint").queryAs(Label.class);
        assertThat(shown(hint)).isTrue();
        assertThat(hint.getText()).contains("„jetzt kostenpflichtig bestellen“").doesNotContain("!");
        assertThat(lookup("#checkout-bar .button").queryAllAs(Button.class).stream()
                .filter(SummaryPageFxTest::shown).map(Button::getText).toList())
                .containsExactlyInAnyOrder("jetzt kostenpflichtig bestellen", "Für später aufheben");
        Button order = lookup("#order-button").queryButton();
        assertThat(order.isDisabled()).isFalse();

        clickOn(order);

        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        assertThat(shown(hint)).isFalse();
    }

    /** Visible with all its parents. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
