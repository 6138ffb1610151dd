package de.cloudhub.order.e2e;

import de.cloudhub.order.app.AppsForTests;
import de.cloudhub.order.testing.SandboxControlClient;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.Wait;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.toolkit.impl.ApplicationLauncherImpl;
import org.testfx.toolkit.impl.ApplicationServiceImpl;
import org.testfx.toolkit.impl.ToolkitServiceImpl;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the REAL application (composition root, embedded sandbox on a port of the test's choice,
 * data in a temporary folder) in the primary stage and drives it like a person: clicks and keys.
 * Every wait has a deadline that is generous for a loaded 2-core machine; nothing sleeps.
 */
abstract class AppTestBase extends FxRobot {
    /** The longest any single thing on screen may take (start-up, a page, a server answer). */
    static final Duration UI = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;
    int port;
    SandboxControlClient sandbox;
    Stage stage;
    Application app;
    /** Every link the app wanted to open in the system browser. */
    final List<String> openedLinks = new CopyOnWriteArrayList<>();

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        if (app == null) {
            newSandboxPort();
        }
    }

    @AfterEach
    void stopEverything() throws Exception {
        closeDialogs();
        if (!sharesTheAppAcrossTests()) {
            stopApp();
            FxToolkit.cleanupStages();
        }
    }

    /**
     * True for a class whose tests go on with the app the test before left running (it is then
     * {@code PER_CLASS} and stops the app itself after all); false: every test starts its own app.
     */
    boolean sharesTheAppAcrossTests() {
        return false;
    }

    /** A free port for the next app's embedded sandbox, and the control client for it. */
    void newSandboxPort() {
        port = freePort();
        sandbox = new SandboxControlClient(URI.create("http://127.0.0.1:" + port + "/api/v1"));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the app with the embedded sandbox on {@link #port} and waits for the wizard's first page. */
    void startApp(String locale) throws Exception {
        startApp(locale, dataDir);
    }

    /** Starts the app like {@link #startApp(String)}, with its data in {@code data}. */
    void startApp(String locale, Path data) throws Exception {
        startAppWith("--sandbox", "--sandbox-port", Integer.toString(port), "--locale", locale,
                "--data-dir", data.toString());
        waitForPage("page-service");
    }

    /** Starts the app with exactly these options (the same as on the command line). */
    void startAppWith(String... args) throws Exception {
        ToolkitServiceImpl toolkit = new ToolkitServiceImpl(new ApplicationLauncherImpl(), new ApplicationServiceImpl());
        app = toolkit.setupApplication(() -> FxToolkit.toolkitContext().getRegisteredStage(),
                this::appUnderTest, args).get(UI.toSeconds(), TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The application to start: the real one with the browser replaced by a recorder of {@link #openedLinks}. */
    Application appUnderTest() {
        return AppsForTests.recordingLinks(openedLinks::add);
    }

    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    // ---- finding things ----

    /** The visible node for {@code query}, once it shows (inside a wait's condition, on the FX thread: at once). */
    <T extends Node> T node(String query, Class<T> type) {
        if (!Platform.isFxApplicationThread()) {
            waitFor("a visible " + query, () -> find(query).isPresent());
        }
        return FxThread.call(() -> find(query)).map(type::cast).orElseThrow();
    }

    Optional<Node> find(String query) {
        return lookup(query).match(Node::isVisible).tryQuery().filter(AppTestBase::shown);
    }

    /** Visible with all its parents, and in a window that is showing. */
    static boolean shown(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) {
        Wait.onFx(what, UI, condition);
    }

    void waitForPage(String pageId) {
        node("#" + pageId, Node.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String query) {
        Node n = node(query, Node.class);
        return FxThread.call(() -> textOf(query, n));
    }

    private static String textOf(String query, Node n) {
        if (n instanceof Labeled labeled) {
            return labeled.getText();
        }
        if (n instanceof TextInputControl input) {
            return input.getText();
        }
        throw new IllegalArgumentException(query + " has no text: " + n);
    }

    Button nextButton() {
        return node("#next", Button.class);
    }

    /** All texts shown below {@code root}, for "the reason is shown" checks. */
    static List<String> visibleTexts(Node root) {
        List<String> texts = new ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            texts.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    // ---- acting like a person ----

    /**
     * Scrolls every scroll pane around {@code node} so that it is on screen, moves the mouse there in
     * one step (TestFX's gliding move costs about a second per click) and clicks: real mouse events.
     */
    void click(Node node) {
        scrollIntoView(node);
        // a window that is still being laid out (a new scene, a banner coming in) moves its controls: the
        // pointer goes to the control where it stands once it stands still, as a person's eye would follow it
        Wait.until("the pointer resting on " + node, UI, () -> {
            javafx.geometry.Point2D target = FxThread.call(() -> centreOnScreen(node));
            if (target == null) {
                return false;
            }
            // a real move onto the control, also when the pointer already rests there: a scene built anew
            // under a resting pointer (a restarted app) has seen no move yet and would pick nothing
            robotContext().getBaseRobot().moveMouse(target.add(3, 2));
            robotContext().getBaseRobot().moveMouse(target);
            WaitForAsyncUtils.waitForFxEvents();
            return target.equals(FxThread.call(() -> centreOnScreen(node)));
        });
        clickOn(MouseButton.PRIMARY);
    }

    /** The middle of {@code node} on the screen; null while it is in no window. */
    private static javafx.geometry.Point2D centreOnScreen(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null) {
            return null;
        }
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return b == null ? null : new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY());
    }

    void click(String query) {
        click(node(query, Node.class));
    }

    void scrollIntoView(Node node) {
        interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroller && scroller.getContent() != null) {
                    Node content = scroller.getContent();
                    Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    double contentHeight = content.getLayoutBounds().getHeight();
                    double viewHeight = scroller.getViewportBounds().getHeight();
                    double range = contentHeight - viewHeight;
                    if (range <= 0) {
                        continue;
                    }
                    double top = scroller.getVvalue() * range;
                    if (inContent.getMinY() < top || inContent.getMaxY() > top + viewHeight) {
                        double wanted = Math.max(0, Math.min(range, inContent.getMinY() - 24));
                        scroller.setVvalue(wanted / range);
                        scroller.layout();
                    }
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks Next once it is enabled and waits until {@code nextPageId} shows. */
    void next(String nextPageId) {
        Button next = nextButton();
        waitFor("Next to be enabled", () -> !next.isDisabled());
        click(next);
        waitForPage(nextPageId);
    }

    /** Puts {@code text} into a text field as typed (selecting what was there first). */
    void typeInto(String query, String text) {
        TextInputControl field = node(query, TextInputControl.class);
        click(field);
        interact(field::selectAll);
        if (text.isEmpty()) {
            type(KeyCode.BACK_SPACE);
        } else {
            write(text);
        }
        waitFor("the typed text in " + query, () -> field.getText().equals(text));
    }

    /**
     * Clicks into a text field and pastes {@code text} over what it holds (what Ctrl+A, Ctrl+V does;
     * typing key by key costs ~80 ms a character on a loaded machine, so it is kept for short input).
     */
    void pasteInto(String query, String text) {
        TextInputControl field = node(query, TextInputControl.class);
        click(field);
        interact(() -> {
            field.selectAll();
            field.replaceSelection(text);
        });
        waitFor("the pasted text in " + query, () -> field.getText().equals(text));
    }

    void chooseNodeSize(String id) {
        waitFor("the node-size tiles", () -> tile(id).isPresent());
        click(tile(id).orElseThrow());
        waitFor("node size " + id + " chosen", () -> tile(id).orElseThrow().isSelected());
    }

    Optional<ToggleButton> tile(String id) {
        Set<ToggleButton> tiles = lookup("#node-size-choice .node-size-tile").queryAllAs(ToggleButton.class);
        return tiles.stream().filter(t -> t.getUserData() instanceof de.cloudhub.order.model.NodeSize size
                && size.id().equals(id)).findFirst();
    }

    /** Types the storage in the spinner and leaves it with Tab (Enter would also mean Next). */
    void typeStorage(String text) {
        TextInputControl editor = node("#storage-gb .text-field", TextInputControl.class);
        click(editor);
        interact(editor::selectAll);
        write(text);
        type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Pastes {@code text} into the trusted-source input and presses Enter (typing is tested by the keyboard flow). */
    void addTrustedSource(String text) {
        int before = trustedSourceRows();
        pasteInto("#trusted-source-input", text);
        type(KeyCode.ENTER);
        waitFor("trusted source " + text + " in the list", () -> trustedSourceRows() > before);
    }

    int trustedSourceRows() {
        return lookup("#trusted-source-list .trusted-source-row").queryAll().size();
    }

    void chooseRegion(String id) {
        ToggleButton card = node("#region-" + id, ToggleButton.class);
        click(card);
        waitFor("region " + id + " chosen", card::isSelected);
    }

    /** Chooses the demo customer's billing profile shown at {@code index} in the list. */
    void chooseExistingProfile(int index) {
        waitFor("the billing profiles", () -> profileCell(index).isPresent());
        click(profileCell(index).orElseThrow());
        waitFor("profile " + index + " chosen", () -> profileCell(index).map(ListCell::isSelected).orElse(false));
    }

    @SuppressWarnings("unchecked")
    Optional<ListCell<Object>> profileCell(int index) {
        return lookup("#billing-profile-choice .list-cell").queryAll().stream()
                .map(n -> (ListCell<Object>) n)
                .filter(c -> c.getIndex() == index && !c.isEmpty() && c.isVisible())
                .findFirst();
    }

    /** Service (preselected), a2-8, 100 GB, one trusted source, DE-NORTH, the first existing profile: the summary. */
    void fillWizardToSummary() {
        fillWizardToBilling();
        chooseExistingProfile(0);
        next("page-summary");
    }

    /** Service (preselected), a2-8, 100 GB, one trusted source, DE-NORTH: the billing page. */
    void fillWizardToBilling() {
        waitForPage("page-service");
        next("page-node-size");
        chooseNodeSize("a2-8");
        next("page-storage");
        typeStorage("100");
        next("page-trusted-sources");
        addTrustedSource("81.173.12.34");
        next("page-region");
        chooseRegion("DE-NORTH");
        next("page-billing");
    }

    /** A new billing profile of a German company, without a VAT id. */
    void typeNewProfile() {
        click("#billing-new");
        pasteInto("#billing-company", "Muster GmbH");
        pasteInto("#billing-street", "Musterstraße 1");
        pasteInto("#billing-postal-code", "20095");
        pasteInto("#billing-city", "Hamburg");
        pasteInto("#billing-email", "rechnung@muster.example");
    }

    void tickTermsAndOrder() {
        click("#terms-checkbox");
        Button order = node("#order-button", Button.class);
        waitFor("the order button to be enabled", () -> !order.isDisabled());
        click(order);
    }

    /** Waits for the status view of the placed order and returns its id. */
    String waitForStatusView() {
        node("#status-view", Node.class);
        TextInputControl id = node("#order-id", TextInputControl.class);
        waitFor("the order id in the status view", () -> id.getText() != null && id.getText().startsWith("ord-"));
        return id.getText();
    }

    /** Starts the app in English, places an order the sandbox lets fail with {@link #FAILURE_REASON}, waits until the status view says Failed; returns its id. */
    String placeAFailingOrder(int millisPerStatus) throws Exception {
        startApp("en");
        sandbox.control("{\"durations\": {\"newMillis\": " + millisPerStatus + ", \"processingMillis\": "
                + millisPerStatus + "}, \"nextOutcomes\": [{\"status\": \"failed\", \"reason\": \"" + FAILURE_REASON
                + "\"}]}");
        fillWizardToSummary();
        tickTermsAndOrder();
        String id = waitForStatusView();
        Labeled status = node("#order-status", Labeled.class);
        waitFor("the order to fail", () -> "Failed".equals(status.getText()));
        return id;
    }

    static final String FAILURE_REASON = "No capacity left in DE-NORTH.";

    // ---- keyboard ----

    Node focusOwner() {
        Node[] owner = new Node[1];
        interact(() -> owner[0] = stage.getScene().getFocusOwner());
        return owner[0];
    }

    static boolean isInside(Node node, String id) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Presses Tab until the focus is on {@code id} (or inside it), as a keyboard user does. */
    void tabTo(String id) {
        for (int i = 0; i < 60 && !isInside(focusOwner(), id); i++) {
            type(KeyCode.TAB);
        }
        if (!isInside(focusOwner(), id)) {
            throw new AssertionError("Tab never reached #" + id + "; the focus is on " + focusOwner());
        }
    }

    /** Waits until the focus is inside {@code id} (a page moves it there when it shows). */
    void waitForFocusIn(String id) {
        waitFor("the focus inside #" + id, () -> {
            Node owner = stage.getScene().getFocusOwner();
            return isInside(owner, id);
        });
    }

    /** Alt+Right: the wizard's keyboard Next. */
    void altRight(String nextPageId) {
        Button next = nextButton();
        waitFor("Next to be enabled", () -> !next.isDisabled());
        push(KeyCode.ALT, KeyCode.RIGHT);
        waitForPage(nextPageId);
    }

    // ---- dialogs ----

    /** Windows other than the main stage that are showing (dialogs). */
    List<Window> dialogs() {
        List<Window> found = new ArrayList<>();
        for (Window w : listTargetWindows()) {
            if (w != stage && w.isShowing() && w instanceof Stage) {
                found.add(w);
            }
        }
        return found;
    }

    /** Closes any dialog a failed test left open, so the next test starts clean. */
    void closeDialogs() {
        interact(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w != stage && w.isShowing() && w instanceof Stage s) {
                    s.close();
                }
            }
        });
    }
}
