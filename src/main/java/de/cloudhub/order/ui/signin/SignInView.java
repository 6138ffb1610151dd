package de.cloudhub.order.ui.signin;

import de.cloudhub.order.auth.SessionKeeping;
import de.cloudhub.order.ui.common.CopyButton;
import de.cloudhub.order.ui.common.I18n;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The sign-in window's content ({@code signin-view}): which provider, Sign in with Cloudhub, what to do
 * while the browser is at work (Cancel, Copy link), why a sign-in failed, and where the session is kept.
 */
public final class SignInView {
    private static final double WIDTH = 620;

    private final SignInViewModel vm;
    private final I18n t;
    private final StackPane root;
    private final Label failure = text("signin-failure");
    private final Label waitingTitle = text("signin-waiting");
    private final Label waitingHint = text("signin-waiting-hint");
    private final Label keeping = text("signin-keeping");
    private final Label startingText = new Label();
    private final CheckBox remember = new CheckBox();
    private final Button signIn = new Button();
    private final Button cancel = new Button();
    private final VBox idleBox;
    private final VBox waitingBox;
    private final HBox startingBox;

    /**
     * @param clipboard puts the link on the clipboard ({@link CopyButton#systemClipboard()} in the app)
     */
    public SignInView(SignInViewModel vm, I18n t, Consumer<String> clipboard) {
        this.vm = Objects.requireNonNull(vm);
        this.t = Objects.requireNonNull(t);
        Objects.requireNonNull(clipboard);
        boolean ended = vm.occasion() == SignInViewModel.Occasion.SESSION_ENDED;
        Label title = new Label(t.t(ended ? "signin.ended.title" : "signin.title"));
        title.setId("signin-title");
        title.getStyleClass().add("center-title");
        title.setWrapText(true);
        Label message = text("signin-message");
        message.setText(t.t(ended ? "signin.ended.message" : "signin.message", vm.endpointHost()));
        Label endpoint = text("signin-endpoint");
        endpoint.setText(t.t("signin.endpoint", vm.endpoint().toString()));
        endpoint.getStyleClass().add("signin-note");

        failure.getStyleClass().add("signin-failure");
        signIn.setId("signin-button");
        signIn.getStyleClass().add("accent");
        signIn.setDefaultButton(true);
        signIn.setOnAction(e -> vm.signIn());
        idleBox = new VBox(12, failure, signIn);

        ProgressIndicator starting = new ProgressIndicator();
        starting.setMaxSize(22, 22);
        startingBox = new HBox(10, starting, startingText);
        startingBox.setId("signin-starting");
        startingBox.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator waiting = new ProgressIndicator();
        waiting.setMaxSize(22, 22);
        waitingTitle.setText(t.t("signin.waiting"));
        waitingTitle.getStyleClass().add("signin-waiting");
        HBox waitingLine = new HBox(10, waiting, waitingTitle);
        waitingLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(waitingTitle, Priority.ALWAYS);
        waitingHint.setText(t.t("signin.waiting.hint", vm.endpointHost()));
        Label copyHint = text("signin-copy-hint");
        copyHint.setText(t.t("signin.copy.hint"));
        copyHint.getStyleClass().add("signin-note");
        CopyButton copy = new CopyButton("signin-copy-link", t.t("signin.copy"), t.t("signin.copied"),
                () -> vm.getLink() == null ? "" : vm.getLink(), clipboard);
        cancel.setId("signin-cancel");
        cancel.setText(t.t("signin.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.cancel());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox waitingButtons = new HBox(12, copy.node(), spacer, cancel);
        waitingButtons.setAlignment(Pos.CENTER_LEFT);
        waitingBox = new VBox(12, waitingLine, waitingHint, copyHint, waitingButtons);
        waitingBox.setId("signin-waiting-box");

        keeping.getStyleClass().add("signin-note");
        remember.setId("signin-remember");
        remember.setText(t.t("signin.remember"));
        remember.setWrapText(true);
        remember.selectedProperty().bindBidirectional(vm.rememberProperty());
        VBox keepingBox = new VBox(8, keeping, remember);
        keepingBox.getStyleClass().add("signin-keeping");

        VBox box = new VBox(16, title, message, endpoint, idleBox, startingBox, waitingBox, keepingBox);
        if (vm.offersAlternatives()) {
            Hyperlink demo = new Hyperlink(t.t("signin.use-demo"));
            demo.setId("signin-use-demo");
            demo.setOnAction(e -> vm.useDemo());
            Hyperlink change = new Hyperlink(t.t("signin.change-endpoint"));
            change.setId("signin-change-endpoint");
            change.setOnAction(e -> vm.changeEndpoint());
            HBox alternatives = new HBox(16, demo, change);
            alternatives.getStyleClass().add("signin-alternatives");
            box.getChildren().add(alternatives);
        }
        box.getStyleClass().addAll("center-message", "signin-card");
        box.setFillWidth(true);
        box.setPrefWidth(WIDTH);
        box.setMaxWidth(WIDTH);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        root = new StackPane(box);
        root.setId("signin-view");
        root.getStyleClass().add("signin-view");

        vm.phaseProperty().addListener((o, was, now) -> {
            showPhase();
            // the button pressed (Cancel) or the waiting box is hidden now: the focus goes to Sign in
            if (now == SignInViewModel.Phase.IDLE || now == SignInViewModel.Phase.FAILED) {
                signIn.requestFocus();
            }
        });
        vm.failureKeyProperty().addListener(o -> showPhase());
        vm.keepingProperty().addListener(o -> showKeeping());
        showPhase();
        showKeeping();
    }

    public Parent root() {
        return root;
    }

    private void showPhase() {
        SignInViewModel.Phase phase = vm.getPhase();
        boolean idle = phase == SignInViewModel.Phase.IDLE || phase == SignInViewModel.Phase.FAILED;
        show(idleBox, idle);
        show(startingBox, phase == SignInViewModel.Phase.STARTING || phase == SignInViewModel.Phase.SIGNED_IN);
        show(waitingBox, phase == SignInViewModel.Phase.WAITING);
        boolean failed = phase == SignInViewModel.Phase.FAILED && vm.getFailureKey() != null;
        show(failure, failed);
        if (failed) {
            failure.setText(t.t(vm.getFailureKey(), vm.endpointHost()));
        }
        signIn.setText(t.t(failed ? "signin.try-again" : "signin.button"));
        startingText.setText(t.t(phase == SignInViewModel.Phase.SIGNED_IN ? "signin.done" : "signin.starting"));
    }

    private void showKeeping() {
        SessionKeeping kept = vm.getKeeping();
        keeping.setText(t.t(kept == null ? "signin.keeping.probing" : switch (kept) {
            case KEYRING -> "signin.keeping.keyring";
            case MEMORY -> "signin.keeping.memory";
            case FILE -> "signin.keeping.file";
        }));
        show(remember, kept == SessionKeeping.MEMORY || kept == SessionKeeping.FILE);
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static Label text(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }
}
