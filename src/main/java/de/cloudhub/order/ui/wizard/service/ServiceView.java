package de.cloudhub.order.ui.wizard.service;

import de.cloudhub.order.model.ServiceOffering;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ProblemView;
import de.cloudhub.order.ui.common.ViewListeners;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The service step's nodes: one selectable card per service of the catalog. */
final class ServiceView {
    private final ServiceViewModel vm;
    private final I18n i18n;
    private final ToggleGroup group = new ToggleGroup();

    ServiceView(ServiceViewModel vm, I18n i18n) {
        this.vm = Objects.requireNonNull(vm);
        this.i18n = Objects.requireNonNull(i18n);
    }

    Node build() {
        Label category = new Label(i18n.t("choices.service.category"));
        category.getStyleClass().addAll("choices-breadcrumb", "text-muted");
        Label title = new Label(i18n.t("choices.service.title"));
        title.getStyleClass().addAll("choices-title", "title-3");
        Label intro = wrapped(i18n.t("choices.service.intro"));

        Label loading = wrapped(i18n.t("choices.service.loading"));
        loading.getStyleClass().add("choices-loading");
        loading.visibleProperty().bind(vm.catalogLoadedProperty().not());
        loading.managedProperty().bind(loading.visibleProperty());

        FlowPane cards = new FlowPane();
        cards.setId("service-choice");
        cards.getStyleClass().add("service-cards");
        cards.setAccessibleText(i18n.t("choices.service.title"));
        ViewListeners.onChange(cards, () -> fillCards(cards), vm.services());
        ViewListeners.onChange(cards, this::showSelection, vm.selectedProperty());
        group.selectedToggleProperty().addListener((o, oldToggle, newToggle) -> {
            if (newToggle == null) {
                // a card stays chosen: clicking the chosen card again does not clear the choice
                showSelection();
            } else {
                vm.select((ServiceOffering) newToggle.getUserData());
            }
        });

        VBox page = new VBox(category, title, intro, loading, cards,
                ProblemView.list(vm.problems(), ServiceViewModel::showsInline, i18n));
        page.setId("page-service");
        page.getStyleClass().addAll("choices-page", "service-page");
        return page;
    }

    private void fillCards(FlowPane cards) {
        group.getToggles().clear();
        cards.getChildren().clear();
        Locale locale = i18n.locale();
        for (ServiceOffering service : vm.services()) {
            Label name = new Label(service.name() == null ? service.id() : service.name().in(locale));
            name.getStyleClass().addAll("service-card-name", "title-4");
            Label engine = new Label(service.engine() == null ? ""
                    : i18n.t("choices.service.engine", service.engine().name(), service.engine().version()));
            engine.getStyleClass().add("service-card-engine");
            Label description = wrapped(service.description() == null ? "" : service.description().in(locale));
            Label included = wrapped(i18n.t("choices.service.included"));
            included.getStyleClass().add("service-card-included");
            VBox content = new VBox(name, engine, description, included);
            content.getStyleClass().add("service-card-content");

            ToggleButton card = new CardToggle();
            card.setGraphic(content);
            card.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            card.setUserData(service);
            card.setToggleGroup(group);
            card.getStyleClass().add("service-card");
            card.setMaxWidth(Double.MAX_VALUE);
            card.setAccessibleText(i18n.t("choices.service.card.accessible", name.getText(), engine.getText()));
            cards.getChildren().add(card);
        }
        showSelection();
    }

    private void showSelection() {
        ServiceOffering chosen = vm.getSelected();
        for (Toggle toggle : group.getToggles()) {
            ServiceOffering service = (ServiceOffering) toggle.getUserData();
            boolean selected = chosen != null && chosen.id().equals(service.id());
            if (toggle.isSelected() != selected) {
                toggle.setSelected(selected);
            }
        }
    }

    /**
     * A toggle whose graphic holds wrapped text. A Labeled's skin asks its graphic for the height at
     * the width it was given minus padding, which is negative when a parent asks without a width,
     * and wrapped labels then break after every character; so ask at the card's own width.
     */
    private static final class CardToggle extends ToggleButton {
        @Override
        protected double computePrefHeight(double width) {
            return super.computePrefHeight(width < 0 ? prefWidth(-1) : width);
        }

        @Override
        protected double computeMinHeight(double width) {
            return super.computeMinHeight(width < 0 ? prefWidth(-1) : width);
        }
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
