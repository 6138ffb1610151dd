package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.MoneyFormat;
import de.cloudhub.order.model.PriceQuote;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ViewListeners;
import java.text.NumberFormat;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The monthly estimate (net, VAT, gross) shown beside every page from the node-size step on; updates live. */
final class PriceBox extends VBox {
    private final I18n i18n;
    private final ObservableValue<Optional<PriceQuote>> price;
    private final ObservableValue<Boolean> orderable;
    private final Label hint = new Label();
    private final GridPane rows = new GridPane();
    private final Label net = amountLabel("price-net");
    private final Label vatTitle = new Label();
    private final Label vat = amountLabel("price-vat");
    private final Label gross = amountLabel("price-gross");
    private final Label reverseCharge = new Label();

    PriceBox(I18n i18n, ObservableValue<Optional<PriceQuote>> price, ObservableValue<Boolean> orderable) {
        this.i18n = Objects.requireNonNull(i18n);
        this.price = Objects.requireNonNull(price);
        this.orderable = Objects.requireNonNull(orderable);
        setId("price-estimate");
        getStyleClass().add("price-estimate");
        Label title = new Label(i18n.t("price.title"));
        title.getStyleClass().add("price-title");
        hint.getStyleClass().add("price-hint");
        hint.setWrapText(true);
        Label netTitle = new Label(i18n.t("price.net"));
        Label grossTitle = new Label(i18n.t("price.gross"));
        grossTitle.getStyleClass().add("price-total");
        gross.getStyleClass().add("price-total");
        rows.getStyleClass().add("price-rows");
        rows.addRow(0, netTitle, net);
        rows.addRow(1, vatTitle, vat);
        rows.addRow(2, grossTitle, gross);
        reverseCharge.setId("price-reverse-charge");
        reverseCharge.getStyleClass().add("price-note");
        reverseCharge.setWrapText(true);
        reverseCharge.setText(i18n.t("price.reverse-charge"));
        Label note = new Label(i18n.t("price.note"));
        note.getStyleClass().add("price-note");
        note.setWrapText(true);
        getChildren().addAll(title, rows, reverseCharge, hint, note);
        ViewListeners.onChange(this, this::update, price, orderable);
    }

    private static Label amountLabel(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("price-amount");
        label.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHalignment(label, HPos.RIGHT);
        GridPane.setHgrow(label, Priority.ALWAYS);
        return label;
    }

    private void update() {
        Optional<PriceQuote> quote = price.getValue();
        boolean priced = quote != null && quote.isPresent();
        // no estimate for a storage size that cannot be ordered
        boolean known = priced && !Boolean.FALSE.equals(orderable.getValue());
        rows.setVisible(known);
        rows.setManaged(known);
        hint.setVisible(!known);
        hint.setManaged(!known);
        hint.setText(i18n.t(priced ? "price.storage-invalid" : "price.none"));
        boolean reverse = known && quote.get().reverseCharge();
        reverseCharge.setVisible(reverse);
        reverseCharge.setManaged(reverse);
        if (known) {
            PriceQuote q = quote.get();
            net.setText(MoneyFormat.format(q.net(), q.currency(), i18n.locale()));
            NumberFormat percent = NumberFormat.getPercentInstance(i18n.locale());
            percent.setMaximumFractionDigits(2);
            vatTitle.setText(i18n.t("price.vat", percent.format(q.vatRate())));
            vat.setText(MoneyFormat.format(q.vat(), q.currency(), i18n.locale()));
            gross.setText(MoneyFormat.format(q.gross(), q.currency(), i18n.locale()));
            setAccessibleText(i18n.t(reverse ? "price.accessible-reverse-charge" : "price.accessible",
                    net.getText(), vat.getText(), gross.getText()));
        } else {
            setAccessibleText(hint.getText());
        }
    }
}
