package de.cloudhub.order.ui.signin;

import de.cloudhub.order.ui.common.I18n;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The first start's window ({@code endpoint-choice}): "Use the demo", or "Connect to your provider" with the
 * API's URL, and where the choice is kept.
 */
public final class EndpointChoiceView {
    private static final double WIDTH = 640;

    private final StackPane root;

    public EndpointChoiceView(EndpointChoiceViewModel vm, I18n t) {
        Objects.requireNonNull(vm);
        Objects.requireNonNull(t);
        Label title = new Label(t.t("endpoint.title"));
        title.getStyleClass().add("center-title");
        title.setWrapText(true);
        Label intro = text("endpoint-intro", t.t("endpoint.intro"));

        Label demoTitle = new Label(t.t("endpoint.demo.title"));
        demoTitle.getStyleClass().add("endpoint-option-title");
        Label demoText = text("endpoint-demo-text", t.t("endpoint.demo.text"));
        Button demo = new Button(t.t("endpoint.demo.button"));
        demo.setId("choice-demo");
        demo.setOnAction(e -> vm.useDemo());
        VBox demoBox = new VBox(8, demoTitle, demoText, demo);
        demoBox.getStyleClass().add("endpoint-option");

        Label providerTitle = new Label(t.t("endpoint.provider.title"));
        providerTitle.getStyleClass().add("endpoint-option-title");
        Label providerText = text("endpoint-provider-text", t.t("endpoint.provider.text"));
        Label urlLabel = new Label(t.t("endpoint.url.label"));
        TextField url = new TextField();
        url.setId("choice-url");
        url.setPromptText(t.t("endpoint.url.prompt"));
        url.textProperty().bindBidirectional(vm.urlProperty());
        urlLabel.setLabelFor(url);
        Label problem = text("choice-url-problem", "");
        problem.getStyleClass().add("endpoint-problem");
        Runnable showProblem = () -> {
            String key = vm.problemKey();
            problem.setText(key == null ? "" : t.t(key));
            problem.setVisible(key != null);
            problem.setManaged(key != null);
            url.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), key != null);
        };
        vm.problemProperty().addListener(o -> showProblem.run());
        showProblem.run();
        Button connect = new Button(t.t("endpoint.provider.button"));
        connect.setId("choice-connect");
        connect.getStyleClass().add("accent");
        connect.setDefaultButton(true);
        connect.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canConnect() || vm.busyProperty().get(),
                vm.urlProperty(), vm.busyProperty()));
        connect.setOnAction(e -> vm.connect());
        demo.disableProperty().bind(vm.busyProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        HBox urlRow = new HBox(10, url, connect);
        urlRow.setAlignment(Pos.CENTER_LEFT);
        VBox providerBox = new VBox(8, providerTitle, providerText, urlLabel, urlRow, problem);
        providerBox.getStyleClass().add("endpoint-option");

        Label where = text("endpoint-saved-where", t.t("endpoint.saved", vm.settingsFile()));
        where.getStyleClass().add("signin-note");

        VBox box = new VBox(16, title, intro, demoBox, providerBox, where);
        box.getStyleClass().addAll("center-message", "signin-card");
        box.setFillWidth(true);
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        root = new StackPane(box);
        root.setId("endpoint-choice");
        root.getStyleClass().add("signin-view");
    }

    public Parent root() {
        return root;
    }

    private static Label text(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
