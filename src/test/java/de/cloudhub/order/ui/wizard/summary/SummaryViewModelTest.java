package de.cloudhub.order.ui.wizard.summary;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.ordering.SummaryCheckoutTestBase;
import de.cloudhub.order.model.StepId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SummaryViewModelTest extends SummaryCheckoutTestBase {
    SummaryViewModelTest() {
        super(3, false);
    }


    @Test
    void orderButtonIsDisabledUntilTheTermsAreAccepted() {
        assertThat(vm.isOrderEnabled()).isFalse();
        state.termsAcceptedProperty().set(true);
        assertThat(vm.problems()).filteredOn(Problem::isError).isEmpty();
        assertThat(vm.isOrderEnabled()).isTrue();
    }

    @Test
    void orderButtonStaysDisabledWithTheCheckboxWhileTheOrderIsInvalid() {
        state.termsAcceptedProperty().set(true);
        state.trustedSources().clear();
        assertThat(vm.isOrderEnabled()).isFalse();
        assertThat(vm.openProblems()).extracting(Problem::field).contains("trustedSources");
    }

    @Test
    void pressingWhileDisabledSendsNothing() {
        vm.placeOrder();
        assertThat(sandbox.ordersOnServer()).isZero();
        assertThat(state.idempotencyKeyProperty().get()).isNull();
    }

    @Test
    void editLinkAsksTheNavigatorForThatStep() {
        vm.edit(StepId.STORAGE);
        assertThat(sandbox.navigator.edited).containsExactly(StepId.STORAGE);
    }

    @Test
    void rowsShowEveryChoiceInBothLanguagesWithoutRawKeys() {
        for (Locale locale : I18n.SUPPORTED) {
            I18n i18n = new I18n(locale);
            List<SummaryRow> rows = SummaryRows.rows(vm.snapshotProperty().get(), i18n);
            assertThat(rows).extracting(SummaryRow::name).containsExactly("service", "node-size", "maxmemory-policy",
                    "storage", "trusted-sources", "region", "billing", "reference");
            assertThat(rows).flatExtracting(SummaryRow::values).noneMatch(v -> v.contains("!"));
            assertThat(SummaryRows.total(vm.snapshotProperty().get(), i18n)).doesNotContain("!");
        }
        I18n en = new I18n(Locale.ENGLISH);
        List<SummaryRow> rows = SummaryRows.rows(vm.snapshotProperty().get(), en);
        assertThat(rows.get(4).values()).containsExactly("85.215.10.20/32 (office)");
        assertThat(rows.get(6).values()).anyMatch(v -> v.contains("Muster"));
    }

    @Test
    void placingTheOrderHandsTheNewOrderToTheAppAndClearsTheKey() {
        state.termsAcceptedProperty().set(true);
        vm.placeOrder();
        assertThat(sandbox.placed).hasSize(1);
        assertThat(sandbox.ordersOnServer()).isEqualTo(1);
        assertThat(state.idempotencyKeyProperty().get()).isNull();
        assertThat(vm.isOrderEnabled()).isFalse();
    }
    @Test
    void aTermsDocumentOnThePortalsOriginIsOpened() {
        String own = state.termsProperty().get().documents().get(0).url();
        vm.openLink(own);
        assertThat(sandbox.openedLinks).containsExactly(own);
    }

    @Test
    void aTermsDocumentOnAnotherHttpsHostIsRefused() {
        vm.openLink("https://evil.example/agb");
        vm.openLink("https://www.plusserver.com/agb");
        assertThat(vm.canOpen("https://evil.example/agb")).isFalse();
        assertThat(sandbox.openedLinks).isEmpty();
    }

    @Test
    void aTermsDocumentLinkThatIsNotOnThePortalsOriginIsRefused() {
        for (String hostile : List.of("http://evil.example/agb", "file:///etc/passwd", "javascript:alert(1)",
                "https://user:pw@evil.example/", "/relative/agb", "ftp://evil.example/x", "not a url", "")) {
            vm.openLink(hostile);
        }
        vm.openLink(null);
        assertThat(sandbox.openedLinks).isEmpty();
    }
}
