package de.cloudhub.order.ui.wizard.storage;

import de.cloudhub.order.model.MoneyFormat;
import de.cloudhub.order.model.StorageOptions;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ProblemView;
import de.cloudhub.order.ui.common.ViewListeners;
import java.math.BigDecimal;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The storage step's nodes: a slider on the grid and a spinner that takes any typed number. */
final class StorageView {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("error");
    private final StorageViewModel vm;
    private final I18n i18n;

    StorageView(StorageViewModel vm, I18n i18n) {
        this.vm = Objects.requireNonNull(vm);
        this.i18n = Objects.requireNonNull(i18n);
    }

    Node build() {
        Label title = new Label(i18n.t("choices.storage.title"));
        title.getStyleClass().addAll("choices-title", "title-3");
        Label intro = wrapped(i18n.t("choices.storage.intro"));

        Slider slider = new Slider();
        slider.setId("storage-slider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setSnapToTicks(true);
        slider.setMinorTickCount(0);
        slider.getStyleClass().add("storage-slider");
        HBox.setHgrow(slider, Priority.ALWAYS);

        Spinner<Integer> spinner = new Spinner<>(new StorageValueFactory());
        spinner.setId("storage-gb");
        spinner.setEditable(true);
        spinner.getStyleClass().addAll("storage-spinner", Spinner.STYLE_CLASS_SPLIT_ARROWS_HORIZONTAL);
        spinner.setPrefWidth(170);

        // one visible label for the pair (slider and spinner show the same value); the field takes the keyboard
        Label inputsLabel = new Label(i18n.t("choices.storage.label"));
        inputsLabel.setLabelFor(spinner);
        slider.setAccessibleText(i18n.t("choices.storage.slider.label"));
        spinner.setAccessibleText(i18n.t("choices.storage.spinner.label"));
        spinner.getEditor().setAccessibleText(i18n.t("choices.storage.spinner.label"));

        ViewListeners.onChange(slider, () -> applyOptions(slider, vm.getOptions()), vm.optionsProperty());
        ViewListeners.onChange(slider, () -> {
            Integer gb = vm.getStorageGb();
            StorageOptions o = vm.getOptions();
            if (gb != null && o != null) {
                slider.setValue(StorageViewModel.sliderPosition(gb, o));
            }
        }, vm.storageGbProperty(), vm.optionsProperty());
        slider.valueProperty().addListener((o, oldValue, newValue) -> vm.setFromSlider(newValue.doubleValue()));

        ViewListeners.onChange(spinner, () -> {
            spinner.getValueFactory().setValue(vm.getStorageGb());
            if (vm.getPendingText() == null) {
                spinner.getEditor().setText(spinner.getValueFactory().getConverter().toString(vm.getStorageGb()));
            }
        }, vm.storageGbProperty());
        ViewListeners.onChange(spinner, () -> {
            if (vm.getPendingText() != null) {
                spinner.getEditor().setText(vm.getPendingText());
            }
        }, vm.pendingTextProperty());
        ViewListeners.onChange(spinner, () -> spinner.pseudoClassStateChanged(INVALID, !vm.validProperty().get()),
                vm.validProperty());

        Label gbUnit = new Label(i18n.t("choices.storage.unit"));
        HBox spinnerLine = new HBox(spinner, gbUnit);
        spinnerLine.getStyleClass().add("storage-spinner-line");
        HBox inputsLine = new HBox(slider, spinnerLine);
        inputsLine.getStyleClass().add("storage-inputs-line");
        VBox inputs = new VBox(inputsLabel, inputsLine);
        inputs.getStyleClass().add("storage-inputs");

        Label price = new Label();
        price.getStyleClass().add("storage-price");
        ViewListeners.onChange(price, () -> price.setText(priceText()), vm.monthlyPriceProperty(), vm.storageGbProperty());
        // no price for a size that cannot be ordered; the problem above says which sizes can
        price.visibleProperty().bind(vm.validProperty());
        price.managedProperty().bind(price.visibleProperty());
        Label range = wrapped("");
        range.getStyleClass().add("text-muted");
        ViewListeners.onChange(range, () -> {
            StorageOptions o = vm.getOptions();
            range.setText(o == null ? "" : i18n.t("choices.storage.range", o.minGb(), o.maxGb(), o.stepGb()));
        }, vm.optionsProperty());
        Label growOnly = wrapped(i18n.t("choices.storage.grow-only"));
        growOnly.getStyleClass().addAll("choices-note", "text-muted");

        VBox page = new VBox(title, intro, inputs, range,
                ProblemView.list(vm.problems(), p -> true, i18n), price, growOnly);
        page.setId("page-storage");
        page.getStyleClass().addAll("choices-page", "storage-page");
        return page;
    }

    private String priceText() {
        BigDecimal monthly = vm.monthlyPriceProperty().get();
        return monthly == null ? "" : i18n.t("choices.storage.price",
                MoneyFormat.format(monthly, vm.getCurrency(), i18n.locale()), vm.getStorageGb());
    }

    private static void applyOptions(Slider slider, StorageOptions o) {
        slider.setDisable(o == null);
        if (o == null) {
            return;
        }
        slider.setMin(o.minGb());
        slider.setMax(o.maxGb());
        slider.setMajorTickUnit(o.stepGb());
        slider.setBlockIncrement(o.stepGb());
    }

    /** Arrows move along the grid; typed text goes to the view-model as typed. */
    private final class StorageValueFactory extends SpinnerValueFactory<Integer> {
        StorageValueFactory() {
            setConverter(new StringConverter<>() {
                @Override
                public String toString(Integer value) {
                    return value == null ? "" : value.toString();
                }

                @Override
                public Integer fromString(String text) {
                    return vm.commitText(text);
                }
            });
        }

        @Override
        public void decrement(int steps) {
            vm.step(-steps);
        }

        @Override
        public void increment(int steps) {
            vm.step(steps);
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
