package de.cloudhub.order.ui.wizard;

import de.cloudhub.order.model.StepId;
import de.cloudhub.order.model.Problem;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.I18n;
import de.cloudhub.order.ui.common.ViewListeners;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The wizard's frame around the pages: step indicator, page host, price box, Back and Next, and the
 * keyboard (Enter = Next, Alt+Left/Right, Esc). Built for one language: when the language changes a
 * new shell is built from the same {@link WizardShellViewModel}, and the pages from their
 * view-models, so nothing entered is lost. Call {@link #dispose()} on the old one.
 */
public final class WizardShell {
    private static final PseudoClass COMPLETED = PseudoClass.getPseudoClass("completed");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** Style class of a page root that fills the page area and scrolls its own content. */
    public static final String FILLS_VIEWPORT = "fills-viewport";
    /** Style class of the control a page wants the keyboard on when it is shown. */
    public static final String INITIAL_FOCUS = "initial-focus";
    /**
     * The widest the wizard gets (steps, page, price box, Back and Next): on a very large window it
     * stands centred instead of stretching a slider over 2000 px and putting Back and Next far apart.
     */
    public static final double MAX_WIDTH = 1280;

    private final WizardShellViewModel vm;
    private final I18n i18n;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private final StackPane frame = new StackPane(root);
    private final StackPane host = new StackPane();
    private final HBox indicator = new HBox();
    private final List<Button> stepButtons = new ArrayList<>();
    private final List<Label> stepNumbers = new ArrayList<>();
    private final List<Region> stepLines = new ArrayList<>();
    private final Button back = new Button();
    private final Button next = new Button();
    private final Label problem = new Label();
    private final Label notice = new Label();
    private final Label readOnly = new Label();
    private final PriceBox priceBox;
    private final ScrollPane scroller = new ScrollPane();
    private final Map<StepId, Node> views = new EnumMap<>(StepId.class);
    private boolean compact;
    private double fullIndicatorWidth;
    private final InvalidationListener pageChanged = o -> showCurrentPage(true);

    public WizardShell(WizardShellViewModel vm, I18n i18n, DialogService dialogs) {
        this.vm = Objects.requireNonNull(vm);
        this.i18n = Objects.requireNonNull(i18n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.priceBox = new PriceBox(i18n, vm.state().priceProperty(), vm.state().storageOrderableProperty());
        build();
        ViewListeners.onChange(root, this::refresh, vm.stepStates(), vm.canGoNextProperty(), vm.canGoBackProperty(),
                vm.nextVisibleProperty(), vm.blockingProblemProperty(), vm.noticeProperty(), vm.returnToSummaryProperty(),
                vm.priceVisibleProperty(), vm.reachedIndexProperty(), vm.readOnlyProperty());
        vm.currentPageProperty().addListener(new WeakInvalidationListener(pageChanged));
        showCurrentPage(false);
        // a new shell (start, language switch, back from another view) puts the focus into the page,
        // not on whatever header control the scene would pick first
        root.sceneProperty().addListener((o, was, now) -> {
            if (now != null && !host.getChildren().isEmpty()) {
                focusWhenInScene(host.getChildren().get(0));
            }
        });
    }

    /** The node to show: the wizard, centred with at most {@link #MAX_WIDTH} in whatever room it gets. */
    public Parent root() {
        return frame;
    }

    /** Stops reacting to the view-model (a newer shell replaces this one). */
    public void dispose() {
        views.clear();
        host.getChildren().clear();
        root.setCenter(null);
    }

    private void build() {
        root.setId("wizard-shell");
        root.getStyleClass().add("wizard-shell");
        root.setMaxWidth(MAX_WIDTH);
        frame.setId("wizard-frame");
        frame.getStyleClass().add("wizard-frame");
        StackPane.setAlignment(root, javafx.geometry.Pos.TOP_CENTER);

        indicator.setId("step-indicator");
        indicator.getStyleClass().add("step-indicator");
        indicator.setAccessibleRole(AccessibleRole.LIST_VIEW);
        indicator.setAccessibleText(i18n.t("wizard.steps.accessible"));
        List<WizardPage> pages = vm.pages();
        for (int i = 0; i < pages.size(); i++) {
            int index = i;
            Label number = new Label(Integer.toString(i + 1));
            number.getStyleClass().add("step-number");
            Button step = new Button(i18n.t(pages.get(i).id().titleKey()), number);
            step.setId("step-" + pages.get(i).id().pageId().substring("page-".length()));
            step.getStyleClass().add("step");
            step.setOnAction(e -> vm.jumpTo(index));
            step.setMinWidth(Region.USE_PREF_SIZE);
            step.setTooltip(new Tooltip(i18n.t(pages.get(i).id().titleKey())));
            step.managedProperty().bind(step.visibleProperty());
            stepButtons.add(step);
            stepNumbers.add(number);
            indicator.getChildren().add(step);
            if (i < pages.size() - 1) {
                Region line = new Region();
                line.getStyleClass().add("step-line");
                HBox.setHgrow(line, Priority.ALWAYS);
                line.managedProperty().bind(line.visibleProperty());
                stepLines.add(line);
                indicator.getChildren().add(line);
            }
        }

        // a narrow window shows only the numbers of the other steps, so the indicator never pushes
        // Next and the price box out of the window (German step names are long)
        indicator.setMinWidth(0);
        indicator.widthProperty().addListener(o -> updateCompact());

        host.getStyleClass().add("page-host");
        scroller.setContent(host);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("page-scroller");

        priceBox.setMinWidth(220);
        priceBox.setPrefWidth(240);
        BorderPane.setAlignment(priceBox, javafx.geometry.Pos.TOP_RIGHT);

        back.setId("back");
        back.setText(i18n.t("wizard.back"));
        back.setOnAction(e -> vm.back());
        next.setId("next");
        next.getStyleClass().add("accent");
        next.setDefaultButton(false);
        next.setOnAction(e -> vm.next());
        problem.setId("blocking-problem");
        problem.getStyleClass().add("blocking-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(problem, Priority.ALWAYS);
        problem.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        notice.setId("wizard-notice");
        notice.getStyleClass().add("wizard-notice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.managedProperty().bind(notice.visibleProperty());
        HBox buttons = new HBox(back, problem, next);
        buttons.getStyleClass().add("wizard-nav-row");
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // what Next took in on the way gets its own line, so it never squeezes the reason beside Next
        VBox nav = new VBox(notice, buttons);
        nav.getStyleClass().add("wizard-nav");

        readOnly.setId("wizard-read-only");
        readOnly.getStyleClass().add("wizard-read-only");
        readOnly.setWrapText(true);
        readOnly.setMaxWidth(Double.MAX_VALUE);
        readOnly.setMinHeight(Region.USE_PREF_SIZE);
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        root.setTop(new VBox(indicator, readOnly));
        root.setCenter(scroller);
        root.setRight(priceBox);
        root.setBottom(nav);

        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onAltArrow);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onEnterOnCard);
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onEnterOrEscape);
    }

    private void onAltArrow(KeyEvent e) {
        if (!e.isAltDown() || e.isControlDown() || e.isShiftDown() || e.isMetaDown()) {
            return;
        }
        if (e.getCode() == KeyCode.LEFT) {
            vm.back();
            e.consume();
        } else if (e.getCode() == KeyCode.RIGHT) {
            vm.next();
            e.consume();
        }
    }

    /**
     * Choice cards (toggle buttons) and lists swallow Enter (lists also Esc) in their own behaviour;
     * there Enter means Next and Esc discard like everywhere else on a page (Space or arrows choose).
     */
    private void onEnterOnCard(KeyEvent e) {
        boolean enter = e.getCode() == KeyCode.ENTER;
        if (!(enter || e.getCode() == KeyCode.ESCAPE)
                || e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()) {
            return;
        }
        Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean list = focus instanceof ListView<?> listView && !listView.isEditable();
        boolean swallows = enter ? focus instanceof ToggleButton || list : list;
        if (swallows && isInside(focus, host)) {
            e.consume();
            if (enter) {
                vm.next();
            } else {
                askAndDiscard();
            }
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void onEnterOrEscape(KeyEvent e) {
        if (e.isAltDown() || e.isControlDown() || e.isMetaDown() || e.isShiftDown()) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            Node focus = root.getScene() == null ? null : root.getScene().getFocusOwner();
            if (focus instanceof TextArea) {
                return;
            }
            if (focus instanceof Button || focus instanceof Hyperlink || focus instanceof MenuButton) {
                ((ButtonBase) focus).fire();
            } else {
                vm.next();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            askAndDiscard();
        }
    }

    private void askAndDiscard() {
        if (vm.hasInput() && !dialogs.confirmDestructive(i18n.t("wizard.discard.title"), i18n.t("wizard.discard.message"),
                i18n.t("wizard.discard.confirm"), i18n.t("wizard.discard.cancel"))) {
            return;
        }
        vm.discard();
    }

    private void showCurrentPage(boolean moveFocus) {
        WizardPage page = vm.getCurrentPage();
        if (page == null) {
            host.getChildren().clear();
            return;
        }
        Node view = views.computeIfAbsent(page.id(), id -> page.viewFactory().apply(i18n));
        if (host.getChildren().size() != 1 || host.getChildren().get(0) != view) {
            host.getChildren().setAll(view);
            // a page that keeps its own bar in view (the summary) fills the viewport and scrolls inside
            scroller.setFitToHeight(view.getStyleClass().contains(FILLS_VIEWPORT));
            scroller.setVvalue(0);
        }
        if (moveFocus) {
            focusWhenInScene(view);
        }
    }

    /** The scroll pane adds its content to the scene only with its skin: wait for that before focusing. */
    private void focusWhenInScene(Node view) {
        if (view.getScene() != null) {
            Platform.runLater(() -> focusFirstControl(view));
            return;
        }
        view.sceneProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(javafx.beans.Observable o) {
                if (view.getScene() != null) {
                    view.sceneProperty().removeListener(this);
                    Platform.runLater(() -> focusFirstControl(view));
                }
            }
        });
    }

    private void focusFirstControl(Node view) {
        if (view.getScene() == null || host.getChildren().isEmpty() || host.getChildren().get(0) != view) {
            return;
        }
        Node target = view.lookup("." + INITIAL_FOCUS);
        if (target == null || !target.isVisible() || target.isDisabled()) {
            target = firstFocusable(view);
            // a page that starts with cards or options starts on the chosen one
            Node chosen = target instanceof ToggleButton ? selectedToggle(view) : null;
            if (chosen != null) {
                target = chosen;
            }
        }
        if (target != null) {
            target.requestFocus();
        } else if (next.isVisible() && !next.isDisabled()) {
            next.requestFocus();
        } else {
            // nothing to type into yet (still loading): keep the focus off the header and the Back button,
            // and move it into the page as soon as the page has something to focus
            scroller.requestFocus();
            focusWhenReady(view);
        }
    }

    private void focusWhenReady(Node view) {
        javafx.scene.Scene scene = view.getScene();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            boolean stillWaiting = view.getScene() == scene && scene.getFocusOwner() == scroller
                    && !host.getChildren().isEmpty() && host.getChildren().get(0) == view;
            Node target = stillWaiting ? firstFocusable(view) : null;
            if (!stillWaiting || target != null) {
                scene.removePostLayoutPulseListener(check[0]);
            }
            if (target != null) {
                Platform.runLater(() -> focusFirstControl(view));
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
    }

    /** The chosen card or option of a page, so that the keyboard starts where the choice is. */
    private static Node selectedToggle(Node node) {
        return firstShown(node, n -> n instanceof ToggleButton toggle && toggle.isSelected() && toggle.isFocusTraversable());
    }

    private static Node firstFocusable(Node node) {
        return firstShown(node, n -> n instanceof Control && n.isFocusTraversable());
    }

    /** The first node in document order that is visible, enabled and {@code wanted}, or null. */
    private static Node firstShown(Node node, Predicate<Node> wanted) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (wanted.test(node)) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstShown(child, wanted);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void refresh() {
        List<StepState> states = vm.stepStates();
        List<WizardPage> pages = vm.pages();
        int shownSteps = (int) states.stream().filter(s -> s != StepState.NOT_APPLICABLE).count();
        int position = 0;
        for (int i = 0; i < stepButtons.size() && i < states.size(); i++) {
            Button step = stepButtons.get(i);
            StepState s = states.get(i);
            // a step that is not part of this order is not shown, and the others are numbered without it
            boolean shown = s != StepState.NOT_APPLICABLE;
            step.setVisible(shown);
            if (i < stepLines.size()) {
                stepLines.get(i).setVisible(shown && i < states.size() - 1);
            } else if (!shown && i > 0) {
                stepLines.get(i - 1).setVisible(false);
            }
            if (!shown) {
                continue;
            }
            position++;
            stepNumbers.get(i).setText(Integer.toString(position));
            step.pseudoClassStateChanged(SELECTED, s == StepState.CURRENT);
            step.pseudoClassStateChanged(COMPLETED, s == StepState.COMPLETED);
            step.pseudoClassStateChanged(ERROR, s == StepState.PROBLEM);
            step.setDisable(s == StepState.NOT_REACHED);
            step.setAccessibleText(i18n.t("wizard.step.accessible", position, shownSteps,
                    i18n.t(pages.get(i).id().titleKey()), i18n.t("wizard.step.state." + stateKey(s))));
        }
        showStepNames();
        back.setDisable(!vm.canGoBackProperty().get());
        next.setVisible(vm.nextVisibleProperty().get());
        next.setManaged(vm.nextVisibleProperty().get());
        next.setDisable(!vm.canGoNextProperty().get());
        next.setText(i18n.t(vm.returnToSummaryProperty().get() ? "wizard.back-to-summary" : "wizard.next"));
        Problem blocking = vm.blockingProblemProperty().get();
        problem.setText(blocking == null ? "" : i18n.problem(blocking));
        Problem taken = vm.noticeProperty().get();
        notice.setText(taken == null ? "" : i18n.problem(taken));
        notice.setVisible(taken != null);
        next.setAccessibleHelp(problem.getText());
        priceBox.setVisible(vm.priceVisibleProperty().get());
        priceBox.setManaged(vm.priceVisibleProperty().get());
        Problem locked = vm.readOnlyProperty().get();
        readOnly.setText(locked == null ? "" : i18n.problem(locked));
        readOnly.setVisible(locked != null);
        host.setDisable(locked != null);
    }

    private void updateCompact() {
        if (!compact) {
            fullIndicatorWidth = indicator.prefWidth(-1);
        }
        boolean shouldBeCompact = indicator.getWidth() > 0 && indicator.getWidth() < fullIndicatorWidth;
        if (shouldBeCompact != compact) {
            compact = shouldBeCompact;
            showStepNames();
        }
    }

    private void showStepNames() {
        List<StepState> states = vm.stepStates();
        for (int i = 0; i < stepButtons.size(); i++) {
            boolean current = i < states.size() && states.get(i) == StepState.CURRENT;
            stepButtons.get(i).setContentDisplay(compact && !current ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
        }
    }

    private static String stateKey(StepState state) {
        return switch (state) {
            case NOT_REACHED -> "todo";
            case CURRENT -> "current";
            case COMPLETED -> "completed";
            case PROBLEM -> "problem";
            case NOT_APPLICABLE -> "todo";
        };
    }
}
