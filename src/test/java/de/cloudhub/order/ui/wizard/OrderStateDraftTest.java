package de.cloudhub.order.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.model.BillingChoice;
import de.cloudhub.order.model.BillingMode;
import de.cloudhub.order.model.NewBillingProfile;
import de.cloudhub.order.model.OrderDraft;
import de.cloudhub.order.model.OrderField;
import de.cloudhub.order.model.TrustedSource;
import java.math.BigDecimal;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** The input and the model's draft map every field of {@link OrderField} both ways, looping over that list. */
class OrderStateDraftTest {

    private static OrderDraft fullDraft(BillingChoice billing) {
        OrderDraft d = new OrderDraft();
        d.setCustomerId("c-1");
        d.setServiceId("svc");
        d.setNodeSize("a4-16");
        d.setMaxmemoryPolicy("allkeys-lru");
        d.setStorageGb(64);
        d.setTrustedSources(List.of(new TrustedSource("10.0.0.0/8", "office")));
        d.setAllowAllAddresses(true);
        d.setRegion("de-west");
        d.setBilling(billing);
        d.setReference("PO-1");
        d.setIdempotencyKey("key-1");
        d.setQuotedMonthlyNet(new BigDecimal("12.34"));
        return d;
    }

    @Test
    void aDraftWithANewProfileComesBackUnchangedExceptTheTermsAcceptance() {
        OrderDraft d = fullDraft(BillingChoice.newProfile(new NewBillingProfile("Beispiel AG", "Hafenstraße 1",
                "20457", "Hamburg", "DE", "rechnung@beispiel.de", "Erika", "DE123456789")));
        d.setTerms(new de.cloudhub.order.model.TermsAcceptance("v1", true));
        OrderState state = new OrderState();

        state.loadDraft(d);

        assertThat(state.billingModeProperty().get()).isEqualTo(BillingMode.NEW);
        assertThat(state.termsAcceptedProperty().get()).isFalse();
        OrderDraft back = state.toDraft();
        assertThat(back.toRequest()).usingRecursiveComparison().ignoringFields("terms").isEqualTo(d.toRequest());
        assertThat(back.getIdempotencyKey()).isEqualTo("key-1");
        assertThat(state.orderMayExistProperty().get()).isTrue();
    }

    @Test
    void aDraftWithAnExistingProfileComesBackUnchanged() {
        OrderDraft d = fullDraft(BillingChoice.existing("bp-1"));
        OrderState state = new OrderState();
        state.companyProperty().set("typed before");

        state.loadDraft(d);

        assertThat(state.billingModeProperty().get()).isEqualTo(BillingMode.EXISTING);
        assertThat(state.toDraft().toRequest()).usingRecursiveComparison().ignoringFields("terms")
                .isEqualTo(d.toRequest());
        // the new profile's form is no part of such a draft: what was typed there stays
        assertThat(state.companyProperty().get()).isEqualTo("typed before");
    }

    @Test
    void everyFieldThePersonEditsReachesTheDraft() {
        for (OrderField field : OrderField.edited()) {
            OrderState state = new OrderState();
            if (field.path().startsWith("billing.newProfile.")) {
                state.billingModeProperty().set(BillingMode.NEW);
            }
            OrderDraft before = state.toDraft();
            change(state.input(field));
            assertThat(state.toDraft().toRequest()).as(field.path())
                    .usingRecursiveComparison().isNotEqualTo(before.toRequest());
        }
    }

    @SuppressWarnings("unchecked")
    private static void change(Observable input) {
        if (input instanceof StringProperty s) {
            s.set("changed");
        } else if (input instanceof BooleanProperty b) {
            b.set(!b.get());
        } else if (input instanceof ObservableList<?> list) {
            ((ObservableList<TrustedSource>) list).setAll(new TrustedSource("10.0.0.0/8", "x"));
        } else if (input instanceof ObjectProperty<?> o && o.get() instanceof BillingMode mode) {
            ((ObjectProperty<BillingMode>) o).set(mode == BillingMode.NEW ? BillingMode.EXISTING : BillingMode.NEW);
        } else if (input instanceof ObjectProperty<?> o && "storageGb".equals(o.getName())) {
            ((ObjectProperty<Integer>) o).set(32);
        } else {
            ((ObjectProperty<BigDecimal>) input).set(BigDecimal.ONE);
        }
    }
}
