package de.cloudhub.order.ui.wizard.nodesize;

import de.cloudhub.order.model.MoneyFormat;
import de.cloudhub.order.model.NodeSize;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ProblemView;
import de.cloudhub.order.ui.common.ViewListeners;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The node-size step's nodes: tiles grouped by series, the provider's hint, the advanced section. */
final class NodeSizeView {
    private final NodeSizeViewModel vm;
    private final I18n i18n;
    private final ToggleGroup group = new ToggleGroup();

    NodeSizeView(NodeSizeViewModel vm, I18n i18n) {
        this.vm = Objects.requireNonNull(vm);
        this.i18n = Objects.requireNonNull(i18n);
    }

    Node build() {
        Label title = new Label(i18n.t("choices.nodesize.title"));
        title.getStyleClass().addAll("choices-title", "title-3");
        Label hint = wrapped(i18n.t("choices.nodesize.hint"));
        hint.getStyleClass().add("choices-hint");
        Label interruption = wrapped(i18n.t("choices.nodesize.change-note"));
        interruption.getStyleClass().addAll("choices-note", "text-muted");

        VBox choice = new VBox();
        choice.setId("node-size-choice");
        choice.getStyleClass().add("node-size-groups");
        choice.setAccessibleText(i18n.t("choices.nodesize.title"));
        ViewListeners.onChange(choice, () -> fillGroups(choice), vm.groups(), vm.currencyProperty());
        choice.sceneProperty().addListener((o, was, now) -> equalTileWidths(choice));
        ViewListeners.onChange(choice, this::showSelection, vm.selectedProperty());
        // the tiles are one Tab stop, like a radio group: the arrow keys move the choice inside it
        choice.addEventFilter(KeyEvent.KEY_PRESSED, this::onArrow);
        group.selectedToggleProperty().addListener((o, oldToggle, newToggle) -> {
            if (newToggle == null) {
                showSelection();
            } else {
                vm.select((NodeSize) newToggle.getUserData());
            }
        });

        VBox page = new VBox(title, hint, choice, interruption,
                ProblemView.list(vm.problems(),
                        p -> NodeSizeViewModel.FIELD.equals(p.field()) && vm.showsInline(p), i18n),
                advanced());
        page.setId("page-node-size");
        page.getStyleClass().addAll("choices-page", "node-size-page");
        return page;
    }

    private TitledPane advanced() {
        ComboBox<String> policy = new ComboBox<>(vm.policies());
        policy.setId("maxmemory-policy");
        Label label = new Label(i18n.t("choices.nodesize.policy.label"));
        label.setLabelFor(policy);
        label.setMnemonicParsing(false);
        policy.setAccessibleText(i18n.t("choices.nodesize.policy.label"));
        ViewListeners.onChange(policy, () -> policy.setValue(vm.getPolicy()), vm.policyProperty());
        policy.valueProperty().addListener((o, oldValue, newValue) -> vm.selectPolicy(newValue));
        Label explanation = wrapped(i18n.t("choices.nodesize.policy.explanation"));
        explanation.getStyleClass().add("text-muted");
        VBox content = new VBox(label, policy, explanation,
                ProblemView.list(vm.problems(), p -> NodeSizeViewModel.POLICY_FIELD.equals(p.field()), i18n));
        content.getStyleClass().add("choices-advanced-content");
        TitledPane advanced = new TitledPane(i18n.t("choices.nodesize.advanced"), content);
        advanced.setExpanded(false);
        // a policy that cannot be ordered (from a draft file, an older draft) is shown, not folded away
        ViewListeners.onChange(advanced, () -> {
            if (vm.problems().stream().anyMatch(p -> NodeSizeViewModel.POLICY_FIELD.equals(p.field()))) {
                advanced.setExpanded(true);
            }
        }, vm.problems());
        advanced.setId("node-size-advanced");
        advanced.getStyleClass().add("choices-advanced");
        return advanced;
    }

    private void fillGroups(VBox choice) {
        group.getToggles().clear();
        choice.getChildren().clear();
        for (SeriesGroup series : vm.groups()) {
            String key = "choices.nodesize.series." + series.series();
            Label heading = new Label(i18n.has(key) ? i18n.t(key) : i18n.t("choices.nodesize.series.other", series.series()));
            heading.getStyleClass().addAll("node-size-series", "title-4");
            // tiles of one width, as wide as the widest text needs (prices differ in length per language)
            TilePane tiles = new TilePane();
            tiles.getStyleClass().add("node-size-tiles");
            tiles.setPrefColumns(series.sizes().size());
            for (NodeSize size : series.sizes()) {
                tiles.getChildren().add(tile(size));
            }
            VBox box = new VBox(heading, tiles);
            box.getStyleClass().add("node-size-group");
            choice.getChildren().add(box);
        }
        showSelection();
        equalTileWidths(choice);
    }

    /**
     * Every series' tiles as wide as the widest tile of all, so the rows line up; measured once the
     * stylesheet applies (in the scene), since the widest price text differs per language.
     */
    private void equalTileWidths(VBox choice) {
        if (choice.getScene() == null) {
            return;
        }
        Platform.runLater(() -> {
            choice.applyCss();
            List<TilePane> panes = choice.lookupAll(".node-size-tiles").stream()
                    .filter(TilePane.class::isInstance).map(TilePane.class::cast).toList();
            double widest = panes.stream().flatMap(p -> p.getChildren().stream())
                    .mapToDouble(n -> n.prefWidth(-1)).max().orElse(Region.USE_COMPUTED_SIZE);
            panes.forEach(p -> p.setPrefTileWidth(Math.ceil(widest)));
        });
    }

    private ToggleButton tile(NodeSize size) {
        String price = MoneyFormat.format(size.monthlyNet(), vm.getCurrency(), i18n.locale());
        Label id = new Label(size.id());
        id.getStyleClass().add("node-size-id");
        Label resources = new Label(i18n.t("choices.nodesize.resources", size.vcpu(), size.ramGb()));
        Label monthly = new Label(i18n.t("choices.nodesize.price", price));
        monthly.getStyleClass().add("node-size-price");
        VBox content = new VBox(id, resources, monthly);
        content.getStyleClass().add("node-size-tile-content");
        ToggleButton tile = new ToggleButton();
        tile.setGraphic(content);
        tile.setMinWidth(Region.USE_PREF_SIZE);
        tile.setMaxWidth(Double.MAX_VALUE);
        tile.setUserData(size);
        tile.setToggleGroup(group);
        tile.getStyleClass().add("node-size-tile");
        // a button takes the focus on a click only while it is a Tab stop; the clicked tile becomes the group's stop
        tile.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> tile.requestFocus());
        tile.setAccessibleText(i18n.t("choices.nodesize.tile.accessible", size.id(), size.vcpu(), size.ramGb(), price));
        return tile;
    }

    private void showSelection() {
        NodeSize chosen = vm.getSelected();
        for (Toggle toggle : group.getToggles()) {
            boolean selected = chosen != null && chosen.id().equals(((NodeSize) toggle.getUserData()).id());
            if (toggle.isSelected() != selected) {
                toggle.setSelected(selected);
            }
        }
        updateTabStop();
    }

    /** Only the chosen tile (the first while none is chosen) takes the focus by Tab. */
    private void updateTabStop() {
        List<Toggle> toggles = group.getToggles();
        int stop = Math.max(0, toggles.indexOf(group.getSelectedToggle()));
        for (int i = 0; i < toggles.size(); i++) {
            ((ToggleButton) toggles.get(i)).setFocusTraversable(i == stop);
        }
    }

    private void onArrow(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()
                || !(e.getTarget() instanceof ToggleButton tile) || !group.getToggles().contains(tile)) {
            return;
        }
        List<Toggle> toggles = group.getToggles();
        int at = toggles.indexOf(tile);
        int to = switch (e.getCode()) {
            case LEFT, UP, KP_LEFT, KP_UP -> at - 1;
            case RIGHT, DOWN, KP_RIGHT, KP_DOWN -> at + 1;
            case HOME -> 0;
            case END -> toggles.size() - 1;
            default -> -2;
        };
        if (to == -2) {
            return;
        }
        e.consume();
        if (to < 0 || to >= toggles.size() || to == at) {
            return;
        }
        ToggleButton next = (ToggleButton) toggles.get(to);
        vm.select((NodeSize) next.getUserData());
        next.requestFocus();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
