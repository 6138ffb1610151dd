package de.cloudhub.order.ui.main;

import de.cloudhub.order.drafts.DraftState;
import de.cloudhub.order.drafts.StoreStatus;
import de.cloudhub.order.model.Me;
import de.cloudhub.order.ui.common.AppIcons;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FailureMessage;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.wizard.OrderSession;
import de.cloudhub.order.ui.wizard.WizardShell;
import de.cloudhub.order.ui.wizard.WizardShellViewModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's content: a header (name, Drafts, Orders, language switch, About), the offline banner while the
 * server cannot be reached, the place {@link AppNavigation} says (the wizard, the drafts, an order's
 * status, the orders overview) in the middle, and a status line saying which endpoint the app talks to and
 * as whom. Switching the language rebuilds every view from the same view-models.
 */
public final class MainWindow {
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("error");
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("selected");

    private final MainWindowViewModel vm;
    private final AppNavigation navigation;
    private final ObservableValue<OrderSession> session;
    private final PlaceViews places;
    private final DialogService dialogs;
    private final HBox offlineBanner = new HBox();
    private final Label storeBanner = new Label();
    private final VBox top = new VBox();
    private final Label offlineText = new Label();
    private final Button offlineRetry = new Button();
    private final Button toWizard = new Button();
    private final Button draftsButton = new Button();
    private final Button ordersButton = new Button();
    private final Button aboutButton = new Button();
    /** Sales staff: whom the wizard's order is for ("Ordering for Muster GmbH (K-100231)"). */
    private final Label orderingFor = new Label();
    private final javafx.beans.InvalidationListener orderingForChanged = o -> showOrderingFor();
    private OrderSession orderingForOf;
    private About about;
    private AccountMenuViewModel account;
    private Node header;
    private Destination shownPlace;
    private Node shownPlaceNode;
    private I18n shownPlaceI18n;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final Label statusLine = new Label();
    private final ReadOnlyObjectWrapper<I18n> i18n = new ReadOnlyObjectWrapper<>(this, "i18n");
    private WizardShell shell;
    private WizardShellViewModel shownWizard;
    private Node notificationArea;

    /** Builds the node of a place other than the wizard (drafts, an order's status, the orders overview). */
    public interface PlaceViews {
        Node build(Destination destination, I18n i18n);
    }

    /**
     * @param session the session the wizard edits (the app switches it when another draft is opened)
     * @param places  the views of the other places
     */
    public MainWindow(MainWindowViewModel vm, AppNavigation navigation, ObservableValue<OrderSession> session,
                      PlaceViews places, DialogService dialogs) {
        this.vm = Objects.requireNonNull(vm);
        this.navigation = Objects.requireNonNull(navigation);
        this.session = Objects.requireNonNull(session);
        this.places = Objects.requireNonNull(places);
        this.dialogs = Objects.requireNonNull(dialogs);
        draftsButton.setId("drafts");
        draftsButton.setOnAction(e -> navigation.showDrafts());
        ordersButton.setId("orders");
        ordersButton.setOnAction(e -> navigation.showOverview());
        aboutButton.setId("about");
        aboutButton.setOnAction(e -> about.show(dialogs, i18n.get()));
        aboutButton.setVisible(false);
        aboutButton.setManaged(false);
        toWizard.setId("to-wizard");
        // a half-filled order is continued, not started anew
        toWizard.setOnAction(e -> {
            if (isContinuing()) {
                navigation.showWizard();
            } else {
                navigation.newOrder();
            }
        });
        offlineText.setId("offline-message");
        offlineText.setWrapText(true);
        offlineText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(offlineText, Priority.ALWAYS);
        offlineRetry.setId("offline-retry");
        offlineRetry.setMinWidth(Region.USE_PREF_SIZE);
        offlineRetry.setOnAction(e -> vm.load());
        offlineBanner.getChildren().setAll(offlineText, offlineRetry);
        offlineBanner.setAlignment(Pos.CENTER_LEFT);
        storeBanner.setId("store-banner");
        storeBanner.getStyleClass().add("store-banner");
        storeBanner.setWrapText(true);
        storeBanner.setMaxWidth(Double.MAX_VALUE);
        vm.storeStatusProperty().addListener(o -> showHeader());
        offlineBanner.setId("offline-banner");
        offlineBanner.getStyleClass().add("offline-banner");
        root.setId("main-window");
        root.getStyleClass().add("main-window");
        center.getStyleClass().add("main-center");
        statusLine.setId("status-line");
        statusLine.getStyleClass().add("status-line");
        statusLine.setMaxWidth(Double.MAX_VALUE);
        vm.localeProperty().addListener((o, was, now) -> rebuild());
        vm.phaseProperty().addListener((o, was, now) -> {
            rebuildCenter();
            updateStatusLine();
        });
        navigation.destinationProperty().addListener((o, was, now) -> {
            // going to a place anew (a click on Drafts or Orders) shows it fresh, also when it was shown
            shownPlace = null;
            showHeader();
            rebuildCenter();
        });
        session.addListener((o, was, now) -> {
            showHeader();
            rebuildCenter();
        });
        vm.offlineProperty().addListener(o -> {
            showHeader();
            updateStatusLine();
        });
        vm.fetchedAtProperty().addListener(o -> showHeader());
        vm.checkingProperty().addListener(o -> showHeader());
        vm.failureProperty().addListener((o, was, now) -> {
            if (vm.getPhase() == ConnectionPhase.FAILED) {
                rebuildCenter();
                updateStatusLine();
            }
        });
        vm.meProperty().addListener(o -> updateStatusLine());
        orderingFor.setId("ordering-for");
        orderingFor.getStyleClass().add("ordering-for");
        // whom the order is for is never cut: where the header is tight (a long customer name, German, a narrow
        // window) it takes a second line rather than an ellipsis; the app's subtitle gives way first
        orderingFor.setWrapText(true);
        orderingFor.setMinWidth(180);
        orderingFor.setMinHeight(Region.USE_PREF_SIZE);
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

    private void rebuild() {
        i18n.set(new I18n(vm.localeProperty().get()));
        header = header();
        showHeader();
        HBox status = new HBox(statusLine);
        status.getStyleClass().add("status-bar");
        HBox.setHgrow(statusLine, Priority.ALWAYS);
        root.setBottom(status);
        disposeShell();
        rebuildCenter();
        updateStatusLine();
    }

    private void disposeShell() {
        if (shell != null) {
            shell.dispose();
            shell = null;
            shownWizard = null;
        }
    }

    /** Offers the About dialog (the header's last button) with what it tells. */
    public void setAbout(About about) {
        this.about = Objects.requireNonNull(about);
        aboutButton.setVisible(true);
        aboutButton.setManaged(true);
    }

    /** Offers the account menu (who is signed in, Sign out, Leave the demo) in the header, before About. */
    public void setAccount(AccountMenuViewModel account) {
        this.account = Objects.requireNonNull(account);
        header = header();
        showHeader();
    }

    /**
     * Places the notifications in their own strip below the header: they take room of their own and
     * never cover the page, the status line or a control.
     */
    public void setNotificationArea(Node area) {
        this.notificationArea = Objects.requireNonNull(area);
        showHeader();
    }

    /**
     * Brings the header's buttons and the banners below it up to date. The header's nodes are built once
     * per language and only changed here, so a change of state never takes the focus from a header
     * control nor moves one from under the pointer.
     */
    private void showHeader() {
        updateHeaderButtons();
        java.util.List<Node> wanted = new java.util.ArrayList<>();
        wanted.add(header);
        if (vm.offlineProperty().get() && vm.getPhase() == ConnectionPhase.READY) {
            updateOfflineBanner();
            wanted.add(offlineBanner);
        }
        StoreStatus saving = vm.storeStatusProperty().get();
        if (saving != null && !saving.isOk()) {
            storeBanner.setText(storeText(saving, i18n.get()));
            wanted.add(storeBanner);
        }
        if (notificationArea != null) {
            wanted.add(notificationArea);
        }
        if (!top.getChildren().equals(wanted)) {
            top.getChildren().setAll(wanted);
        }
        if (root.getTop() != top) {
            top.getStyleClass().setAll("app-top");
            root.setTop(top);
        }
    }

    /** Shows whom the session's order is for while sales staff are in the wizard; follows the session. */
    private void showOrderingFor() {
        OrderSession editing = session.getValue();
        if (editing != orderingForOf) {
            if (orderingForOf != null) {
                orderingForOf.state().customerProperty().removeListener(orderingForChanged);
                orderingForOf.state().customerIdProperty().removeListener(orderingForChanged);
                orderingForOf.state().meProperty().removeListener(orderingForChanged);
            }
            orderingForOf = editing;
            if (editing != null) {
                editing.state().customerProperty().addListener(orderingForChanged);
                editing.state().customerIdProperty().addListener(orderingForChanged);
                editing.state().meProperty().addListener(orderingForChanged);
            }
        }
        Me me = editing == null ? null : editing.state().meProperty().get();
        de.cloudhub.order.model.CustomerRef customer = editing == null ? null : editing.state().customerProperty().get();
        String customerId = editing == null ? null : editing.state().customerIdProperty().get();
        // by id alone while the name is not known (looked up, or offline): never no line at all
        boolean shown = me != null && me.isSales() && customerId != null
                && navigation.getDestination().place() == Place.WIZARD;
        orderingFor.setText(shown ? de.cloudhub.order.ui.common.OrderingFor.text(i18n.get(), customerId, customer) : "");
        orderingFor.setVisible(shown);
        orderingFor.setManaged(shown);
    }

    private void updateHeaderButtons() {
        showOrderingFor();
        I18n t = i18n.get();
        Place place = navigation.getDestination().place();
        draftsButton.pseudoClassStateChanged(CURRENT, place == Place.DRAFTS);
        ordersButton.pseudoClassStateChanged(CURRENT, place == Place.ORDERS_OVERVIEW);
        boolean away = place != Place.WIZARD;
        toWizard.setText(t.t(isContinuing() ? "app.to-wizard.continue" : "app.to-wizard"));
        toWizard.setVisible(away);
        toWizard.setManaged(away);
    }

    /** True while the wizard holds a half-filled order that is continued, not started anew. */
    private boolean isContinuing() {
        OrderSession editing = session.getValue();
        WizardShellViewModel wizard = editing == null ? null : editing.wizard();
        return wizard != null && wizard.getCurrentIndex() >= 0 && wizard.hasInput()
                && editing.getDraftState() != DraftState.ORDERED;
    }

    /** Drafts that cannot be saved: input stays in memory, saving is retried (or the file is elsewhere). */
    static String storeText(StoreStatus saving, I18n t) {
        if (saving.kind() == StoreStatus.Kind.IN_MEMORY) {
            String where = saving.problem() == null ? "" : String.valueOf(saving.problem().whereTheFileIs());
            // only a lock is undone by closing something; anything else the dialog at start explained
            boolean locked = saving.problem() != null
                    && saving.problem().kind() == de.cloudhub.order.drafts.OpenProblem.Kind.LOCKED;
            return t.t(locked ? "app.store.in-memory.locked" : "app.store.in-memory", where);
        }
        // the database's own words go to the log only; the banner says what the person can do
        return switch (saving.cause()) {
            case DISK_FULL -> t.t("app.store.write-failing.disk-full");
            case NOT_WRITABLE -> t.t("app.store.write-failing.not-writable");
            case OTHER -> t.t("app.store.write-failing.other");
        };
    }

    /** Without a connection: since when the prices are, that ordering waits for the connection, and Retry. */
    private void updateOfflineBanner() {
        I18n t = i18n.get();
        Instant at = vm.fetchedAtProperty().get();
        String age = at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(t.locale()).withZone(ZoneId.systemDefault()).format(at);
        String why = vm.getFailure() == null ? "" : vm.getFailure().text(t);
        offlineText.setText(t.t(vm.isSandbox() ? "app.offline.message.sandbox" : "app.offline.message", age, why));
        offlineRetry.setText(t.t(vm.checkingProperty().get() ? "app.offline.checking" : "app.retry"));
        offlineRetry.setDisable(vm.checkingProperty().get());
    }

    private Node header() {
        I18n t = i18n.get();
        Node names = brand(t);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        draftsButton.setText(t.t("app.drafts"));
        ordersButton.setText(t.t("app.orders"));
        aboutButton.setText(t.t("app.about"));
        aboutButton.setAccessibleText(t.t("app.about.accessible"));
        aboutButton.setTooltip(new Tooltip(t.t("app.about.accessible")));

        ToggleGroup languages = new ToggleGroup();
        ToggleButton german = languageButton("language-de", t.t("app.language.de"), Locale.GERMAN, languages);
        ToggleButton english = languageButton("language-en", t.t("app.language.en"), Locale.ENGLISH, languages);
        german.getStyleClass().add("left-pill");
        english.getStyleClass().add("right-pill");
        HBox switcher = new HBox(german, english);
        switcher.getStyleClass().add("language-switch");
        switcher.setAccessibleText(t.t("app.language"));

        // on a narrow window the name and subtitle give way, never a button's text
        for (Region control : new Region[] {toWizard, draftsButton, ordersButton, german, english, aboutButton}) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox header = new HBox(names);
        if (vm.isSandbox()) {
            header.getChildren().add(demoBadge(t));
        }
        header.getChildren().add(orderingFor);
        header.getChildren().addAll(spacer, toWizard, draftsButton, ordersButton, switcher);
        if (account != null) {
            header.getChildren().add(new AccountMenu(account, t).node());
        }
        header.getChildren().add(aboutButton);
        header.getStyleClass().add("app-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    /** "Demo", always in view in demo mode: nothing ordered here is real. */
    private static Node demoBadge(I18n t) {
        Label badge = new Label(t.t("demo.badge"));
        badge.setId("demo-badge");
        badge.getStyleClass().add("demo-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.setTooltip(new Tooltip(t.t("demo.badge.tooltip")));
        badge.setAccessibleText(t.t("demo.badge.tooltip"));
        return badge;
    }

    /** The app's logo, name and subtitle at the header's start (also in the frame shown while starting). */
    static Node brand(I18n t) {
        Image logo = AppIcons.icon(32);
        ImageView logoView = new ImageView(logo);
        logoView.setFitWidth(32);
        logoView.setFitHeight(32);
        Label title = new Label(t.t("app.title"), logoView);
        title.getStyleClass().add("app-title");
        // the app's name is never cut; its subtitle gives way first
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label subtitle = new Label(t.t("app.subtitle"));
        subtitle.getStyleClass().add("app-subtitle");
        VBox names = new VBox(title, subtitle);
        names.setAlignment(Pos.CENTER_LEFT);
        return names;
    }

    private ToggleButton languageButton(String id, String text, Locale locale, ToggleGroup group) {
        // the language's code on the button (the header is tight beside "Ordering for …"), its name on hover and
        // for screen readers
        ToggleButton button = new ToggleButton(locale.getLanguage().toUpperCase(Locale.ROOT));
        button.setTooltip(new javafx.scene.control.Tooltip(text));
        button.setAccessibleText(text);
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
        Destination where = navigation.getDestination();
        Node node;
        if (where.place() != Place.WIZARD) {
            // the drafts, the orders and their status are kept locally: they show without a connection,
            // and a change of the connection or of the session leaves the view the person looks at alone
            disposeShell();
            if (!where.equals(shownPlace) || shownPlaceI18n != t || shownPlaceNode == null) {
                shownPlaceNode = places.build(where, t);
                shownPlace = where;
                shownPlaceI18n = t;
            }
            node = shownPlaceNode;
        } else {
            shownPlace = null;
            shownPlaceNode = null;
            node = wizardOrConnection(t);
        }
        center.getChildren().setAll(node);
        root.setCenter(center);
    }

    /** The wizard of the session being edited, or why it cannot show yet (loading, no connection and nothing kept). */
    private Node wizardOrConnection(I18n t) {
        OrderSession editing = session.getValue();
        if (vm.getPhase() == ConnectionPhase.READY && editing != null && editing.wizard() != null) {
            editing.start();
            if (shell == null || shownWizard != editing.wizard()) {
                disposeShell();
                shownWizard = editing.wizard();
                shell = new WizardShell(shownWizard, t, dialogs);
            }
            return shell.root();
        }
        return vm.getPhase() == ConnectionPhase.FAILED ? failureView(t) : loadingView(t);
    }

    /** The spinner with what is being loaded (also in the frame shown while starting). */
    static Node loadingView(I18n t) {
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
        statusLine.pseudoClassStateChanged(PROBLEM, phase == ConnectionPhase.FAILED || vm.offlineProperty().get());
    }

    private String statusText(I18n t) {
        String endpoint = vm.endpoint().toString();
        String where = vm.isSandbox() ? "sandbox" : "remote";
        if (vm.getPhase() == ConnectionPhase.READY && vm.offlineProperty().get()) {
            return t.t("app.status.offline." + where, endpoint, failureText(t));
        }
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
