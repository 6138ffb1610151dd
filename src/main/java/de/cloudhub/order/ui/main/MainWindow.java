package de.cloudhub.order.ui.main;

import de.cloudhub.order.model.Me;
import de.cloudhub.order.ui.common.AppIcons;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.wizard.WizardShell;
import de.cloudhub.order.ui.wizard.WizardShellViewModel;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's content: a header (name, Orders, language switch), the wizard (or other content such
 * as an order's status) in the middle, and a status line saying which endpoint the app talks to and
 * as whom. Switching the language rebuilds every view from the same view-models.
 */
public final class MainWindow {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("error");

    private final MainWindowViewModel vm;
    private final WizardShellViewModel wizard;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final Label statusLine = new Label();
    private final ReadOnlyObjectWrapper<I18n> i18n = new ReadOnlyObjectWrapper<>(this, "i18n");
    private WizardShell shell;
    private Function<I18n, Node> content;
    private Runnable ordersAction;
    private Node notificationArea;

    public MainWindow(MainWindowViewModel vm, WizardShellViewModel wizard, DialogService dialogs) {
        this.vm = Objects.requireNonNull(vm);
        this.wizard = Objects.requireNonNull(wizard);
        this.dialogs = Objects.requireNonNull(dialogs);
        root.setId("main-window");
        root.getStyleClass().add("main-window");
        center.getStyleClass().add("main-center");
        statusLine.setId("status-line");
        statusLine.getStyleClass().add("status-line");
        statusLine.setMaxWidth(Double.MAX_VALUE);
        vm.localeProperty().addListener((o, was, now) -> rebuild());
        vm.phaseProperty().addListener((o, was, now) -> {
            if (now == ConnectionPhase.READY && wizard.getCurrentIndex() < 0) {
                wizard.start();
            }
            rebuildCenter();
            updateStatusLine();
        });
        vm.failureProperty().addListener((o, was, now) -> {
            if (vm.getPhase() == ConnectionPhase.FAILED) {
                rebuildCenter();
                updateStatusLine();
            }
        });
        vm.meProperty().addListener(o -> updateStatusLine());
        rebuild();
    }

    public Parent root() {
        return root;
    }

    public ReadOnlyObjectProperty<I18n> i18nProperty() {
        return i18n.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n.get();
    }

    /** Shows the Orders button in the header, running {@code action} when pressed. */
    public void setOrdersAction(Runnable action) {
        this.ordersAction = Objects.requireNonNull(action);
        rebuild();
    }

    /** Shows other content instead of the wizard, built again when the language changes. */
    public void showContent(Function<I18n, Node> factory) {
        this.content = Objects.requireNonNull(factory);
        showHeader();
        rebuildCenter();
    }

    /** Shows a fixed node instead of the wizard (it is not rebuilt on a language change). */
    public void showContent(Node node) {
        Objects.requireNonNull(node);
        showContent(any -> node);
    }

    /** Returns to the wizard. */
    public void showWizard() {
        this.content = null;
        showHeader();
        rebuildCenter();
    }

    private void rebuild() {
        i18n.set(new I18n(vm.localeProperty().get()));
        showHeader();
        HBox status = new HBox(statusLine);
        status.getStyleClass().add("status-bar");
        HBox.setHgrow(statusLine, Priority.ALWAYS);
        root.setBottom(status);
        if (shell != null) {
            shell.dispose();
            shell = null;
        }
        rebuildCenter();
        updateStatusLine();
    }

    /**
     * Places the notifications in their own strip below the header: they take room of their own and
     * never cover the page, the status line or a control.
     */
    public void setNotificationArea(Node area) {
        this.notificationArea = Objects.requireNonNull(area);
        showHeader();
    }

    private void showHeader() {
        Node header = header();
        if (notificationArea == null) {
            root.setTop(header);
        } else {
            VBox top = new VBox(header, notificationArea);
            top.getStyleClass().add("app-top");
            root.setTop(top);
        }
    }

    private Node header() {
        I18n t = i18n.get();
        Image logo = AppIcons.icon(32);
        ImageView logoView = new ImageView(logo);
        logoView.setFitWidth(32);
        logoView.setFitHeight(32);
        Label title = new Label(t.t("app.title"), logoView);
        title.getStyleClass().add("app-title");
        Label subtitle = new Label(t.t("app.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        VBox names = new VBox(title, subtitle);
        names.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button orders = new Button(t.t("app.orders"));
        orders.setId("orders");
        orders.setVisible(ordersAction != null);
        orders.setManaged(ordersAction != null);
        orders.setOnAction(e -> {
            if (ordersAction != null) {
                ordersAction.run();
            }
        });

        ToggleGroup languages = new ToggleGroup();
        ToggleButton german = languageButton("language-de", t.t("app.language.de"), Locale.GERMAN, languages);
        ToggleButton english = languageButton("language-en", t.t("app.language.en"), Locale.ENGLISH, languages);
        german.getStyleClass().add("left-pill");
        english.getStyleClass().add("right-pill");
        HBox switcher = new HBox(german, english);
        switcher.getStyleClass().add("language-switch");
        switcher.setAccessibleText(t.t("app.language"));

        // a half-filled order is continued, not started anew
        Button toWizard = new Button(t.t(wizard.getCurrentIndex() >= 0 && wizard.hasInput()
                ? "app.to-wizard.continue" : "app.to-wizard"));
        toWizard.setId("to-wizard");
        toWizard.setVisible(content != null);
        toWizard.setManaged(content != null);
        toWizard.setOnAction(e -> showWizard());

        HBox header = new HBox(names, spacer, toWizard, orders, switcher);
        header.getStyleClass().add("app-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private ToggleButton languageButton(String id, String text, Locale locale, ToggleGroup group) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.setToggleGroup(group);
        button.setSelected(locale.getLanguage().equals(vm.localeProperty().get().getLanguage()));
        button.setOnAction(e -> {
            button.setSelected(true);
            vm.localeProperty().set(locale);
        });
        return button;
    }

    private void rebuildCenter() {
        I18n t = i18n.get();
        Node node;
        if (vm.getPhase() == ConnectionPhase.READY) {
            if (content != null) {
                if (shell != null) {
                    shell.dispose();
                    shell = null;
                }
                node = content.apply(t);
            } else {
                if (shell == null) {
                    shell = new WizardShell(wizard, t, dialogs);
                }
                node = shell.root();
            }
        } else if (vm.getPhase() == ConnectionPhase.LOADING) {
            node = loadingView(t);
        } else {
            node = failureView(t);
        }
        center.getChildren().setAll(node);
        root.setCenter(center);
    }

    private Node loadingView(I18n t) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label text = new Label(t.t("app.loading"));
        text.getStyleClass().add("loading-text");
        VBox box = new VBox(progress, text);
        box.setId("loading");
        box.getStyleClass().add("center-message");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node failureView(I18n t) {
        Label title = new Label(t.t("app.connection-failed.title"));
        title.getStyleClass().add("center-title");
        Label text = new Label(statusText(t));
        text.setId("connection-problem");
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button retry = new Button(t.t("app.retry"));
        retry.setId("retry");
        retry.getStyleClass().add("accent");
        retry.setDefaultButton(true);
        retry.setOnAction(e -> vm.load());
        VBox box = new VBox(title, text, retry);
        box.setId("connection-failed");
        box.getStyleClass().add("center-message");
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private void updateStatusLine() {
        I18n t = i18n.get();
        statusLine.setText(statusText(t));
        ConnectionPhase phase = vm.getPhase();
        statusLine.pseudoClassStateChanged(PROBLEM, phase == ConnectionPhase.FAILED);
    }

    private String statusText(I18n t) {
        String endpoint = vm.endpoint().toString();
        String where = vm.isSandbox() ? "sandbox" : "remote";
        return switch (vm.getPhase()) {
            case LOADING -> t.t("app.status.loading." + where, endpoint);
            case FAILED -> t.t("app.status.failed." + where, endpoint, failureText(t));
            case READY -> readyText(t, where, endpoint);
        };
    }

    private String failureText(I18n t) {
        FailureMessage failure = vm.getFailure();
        return failure == null ? "" : failure.text(t);
    }

    private String readyText(I18n t, String where, String endpoint) {
        Me me = vm.meProperty().get();
        String user = me == null || me.user() == null ? "?" : me.user().name();
        if (me != null && !me.isSales() && me.customer() != null) {
            return t.t("app.status.ready." + where + ".customer", endpoint, user, me.customer().name());
        }
        return t.t("app.status.ready." + where + ".sales", endpoint, user);
    }
}
