package de.cloudhub.order.ui.wizard.region;

import de.cloudhub.order.model.Problem;
import de.cloudhub.order.model.Region;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ViewListeners;
import de.cloudhub.order.ui.ordering.PageHeading;
import de.cloudhub.order.ui.ordering.ProblemText;
import de.cloudhub.order.ui.wizard.summary.SummaryRows;
import javafx.css.PseudoClass;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** Builds the region page: one card per region, the documentation link, the page's problem. */
final class RegionView {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private RegionView() {
    }

    static Node build(RegionViewModel vm, I18n i18n) {
        Label title = PageHeading.title(i18n.t("checkout.region.title"));
        Label intro = PageHeading.intro(i18n.t("checkout.region.intro"));

        FlowPane cards = new FlowPane();
        cards.setId("region-choice");
        cards.getStyleClass().add("checkout-cards");
        cards.setRowValignment(VPos.TOP);
        cards.setAccessibleText(i18n.t("checkout.region.title"));

        Hyperlink docs = new Hyperlink(i18n.t("checkout.region.docs-link"));
        docs.setId("region-docs");
        docs.setOnAction(e -> vm.openDocumentation());

        Label problem = new Label();
        problem.setId("region-problem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);

        VBox root = new VBox(title, intro, cards, docs, problem);
        root.setId("page-region");
        root.getStyleClass().addAll("checkout-page");

        ViewListeners.onChange(root, () -> {
            cards.getChildren().setAll(vm.regions().stream().map(r -> card(vm, r, i18n)).toList());
            if (vm.regions().isEmpty()) {
                cards.getChildren().setAll(new Label(i18n.t("checkout.region.none")));
            }
        }, vm.regions());
        ViewListeners.onChange(root, () -> cards.getChildren().forEach(n -> {
            Region chosen = vm.selectedProperty().get();
            boolean on = chosen != null && n.getUserData() instanceof Region r && r.id().equals(chosen.id());
            n.pseudoClassStateChanged(SELECTED, on);
            if (n instanceof ToggleButton tb) {
                tb.setSelected(on);
            }
        }), vm.selectedProperty(), vm.regions());
        ViewListeners.onValue(root, vm.regionProblemProperty(), (Problem p) -> {
            problem.setText(p == null ? "" : ProblemText.text(p, vm.isServerProblem(p), i18n));
            problem.setVisible(p != null && (vm.isServerProblem(p) || vm.selectedProperty().get() != null));
            problem.setManaged(problem.isVisible());
            cards.pseudoClassStateChanged(ERROR, problem.isVisible());
        });
        return root;
    }

    private static Node card(RegionViewModel vm, Region region, I18n i18n) {
        String name = region.name().in(i18n.locale());
        Label id = new Label(region.id());
        id.getStyleClass().add("card-title");
        VBox content = new VBox(id);
        boolean named = !name.isBlank() && !name.equals(region.id());
        if (named) {
            Label subtitle = new Label(name);
            subtitle.getStyleClass().add("card-subtitle");
            content.getChildren().add(subtitle);
        }
        // no "Location: Köln/Düsseldorf" under "Cologne/Düsseldorf": only a location that says more than the name
        if (region.location() != null && !region.location().isBlank()
                && (!named || SummaryRows.locationSaysMore(region, name))) {
            content.getChildren().add(new Label(i18n.t("checkout.region.location", region.location())));
        }
        content.getChildren().add(new Label(i18n.t("checkout.region.zones", region.availabilityZones().size())));
        for (String zone : region.availabilityZones()) {
            Label z = new Label(zone);
            z.getStyleClass().add("card-zone");
            content.getChildren().add(z);
        }
        content.getStyleClass().add("card-content");

        ToggleButton card = new ToggleButton();
        card.setGraphic(content);
        card.setId("region-" + region.id());
        card.setUserData(region);
        card.getStyleClass().add("choice-card");
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        card.setAccessibleText(i18n.t("checkout.region.card-accessible", region.name().in(i18n.locale()),
                region.location(), String.join(", ", region.availabilityZones())));
        card.setOnAction(e -> {
            vm.select(region);
            Region chosen = vm.selectedProperty().get();
            card.setSelected(chosen != null && chosen.id().equals(region.id()));
        });
        return card;
    }
}
