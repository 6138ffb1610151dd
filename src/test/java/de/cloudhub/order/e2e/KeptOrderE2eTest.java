package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.drafts.DraftStore;
import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.TermsAcceptance;
import de.cloudhub.order.model.TrustedSource;
import de.cloudhub.order.testing.SandboxDemo;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** An order kept for later, offered at the next start: which one it is, where "Continue" lands, the terms. */
class KeptOrderE2eTest extends AppTestBase {
    static final PseudoClass COMPLETED = PseudoClass.getPseudoClass("completed");
    static final List<String> STEPS_BEFORE_SUMMARY = List.of("service", "node-size", "storage", "trusted-sources",
            "region", "billing");

    /** The order {@link #fillWizardToSummary()} puts together, kept with the terms accepted. */
    static OrderDraft keptOrder() {
        OrderDraft draft = new OrderDraft();
        draft.setCustomerId(SandboxDemo.CUSTOMER_ID);
        draft.setServiceId(SandboxDemo.SERVICE_ID);
        draft.setNodeSize("a2-8");
        draft.setStorageGb(100);
        draft.setTrustedSources(List.of(new TrustedSource("81.173.12.34/32", "office")));
        draft.setRegion("DE-NORTH");
        draft.setBilling(BillingChoice.existing(SandboxDemo.PROFILE_ID));
        draft.setReference("PO-kept-1");
        draft.setTerms(new TermsAcceptance(null, true));
        return draft;
    }

    void startWithKept(OrderDraft draft) throws Exception {
        new DraftStore(dataDir).save(draft);
        startApp("en");
    }

    @Test
    void theDialogSaysWhichOrderWasKept() throws Exception {
        startWithKept(keptOrder());

        Window dialog = waitForDialog();

        String shown = String.join(" ", visibleTexts(dialog.getScene().getRoot()));
        assertThat(shown).contains("node size a2-8").contains("100 GB storage").contains("region Hamburg")
                .contains("1 trusted source").contains("reference PO-kept-1");
    }

    @Test
    void continuingACompleteOrderLandsOnTheSummaryWithEveryStepMarkedDone() throws Exception {
        startWithKept(keptOrder());

        click(dialogButton(waitForDialog(), "Continue the order"));

        waitForPage("page-summary");
        for (String step : STEPS_BEFORE_SUMMARY) {
            Node button = node("#step-" + step, Node.class);
            assertThat(button.getPseudoClassStates()).as(step).contains(COMPLETED);
        }
    }

    @Test
    void continuingAnOrderWithoutARegionLandsOnTheRegionStepWithTheStepsBeforeMarkedDone() throws Exception {
        OrderDraft draft = keptOrder();
        draft.setRegion(null);
        startWithKept(draft);

        click(dialogButton(waitForDialog(), "Continue the order"));

        waitForPage("page-region");
        for (String step : List.of("service", "node-size", "storage", "trusted-sources")) {
            assertThat(node("#step-" + step, Node.class).getPseudoClassStates()).as(step).contains(COMPLETED);
        }
    }

    @Test
    void theTermsMustBeAcceptedAgainAfterContinuing() throws Exception {
        startWithKept(keptOrder());

        click(dialogButton(waitForDialog(), "Continue the order"));

        waitForPage("page-summary");
        assertThat(node("#terms-checkbox", CheckBox.class).isSelected()).isFalse();
        assertThat(node("#order-button", Button.class).isDisabled()).isTrue();
    }

    Window waitForDialog() {
        waitFor("a dialog", () -> !dialogs().isEmpty());
        return dialogs().get(0);
    }

    Button dialogButton(Window dialog, String text) {
        return from(dialog.getScene().getRoot()).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text + " in the dialog"));
    }
}
