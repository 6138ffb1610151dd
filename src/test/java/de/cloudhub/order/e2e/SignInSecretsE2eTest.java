package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import de.cloudhub.order.app.AppsForTests;
import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.SandboxControlClient;
import de.cloudhub.order.testing.SecretsWiretap;
import de.cloudhub.order.testing.TestBrowser;
import de.cloudhub.order.testing.Wait;
import de.cloudhub.order.ui.common.CopyableText;
import de.cloudhub.order.ui.common.DialogService;
import de.cloudhub.order.ui.common.FileType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.testfx.util.WaitForAsyncUtils;

/**
 * No sign-in secret leaves the real app anywhere a person or another program could read it. The app signs in
 * through the browser against the sandbox, with "Remember me on this computer", short-lived access tokens and
 * access tokens ended by the sandbox (so the tokens rotate several times), works through every place that hands
 * out text: the autosaved draft, the draft file export, "Export as API request", every Copy button it reaches
 * (sign-in link, the export dialog, the status view, About), the crash dialog; it is started again from the
 * remembered session and signed out. Then no code, code_verifier, access token or refresh token may be in the
 * log (the app's loggers at DEBUG), any file below the data folder (the log file, the SQLite database and its
 * WAL, settings; the one exception is the remembered session's own file, which must be 0600 in a 0700 folder),
 * the exported files, any text put on the clipboard or any dialog.
 *
 * <p>The secrets are learned where they cross the wire: the app talks to the sandbox through a
 * {@link SecretsWiretap}, which writes down every code, verifier and token of the token and revocation requests
 * and answers. The dialogs are recorded through the app's dialog seam ({@link AppsForTests#recordingLinksAndDialogs}),
 * which also answers the file chooser of the export; the real dialogs still show, and their texts are read too.
 */
class SignInSecretsE2eTest extends AppTestBase {
    private static final String NOTHING_COPIED = "nothing copied yet";
    /** What looks like a bearer credential in a log line: the scheme followed by a token-like value. */
    private static final Pattern BEARER_VALUE = Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/=-]{8,}");
    /** An Authorization header written out: its name followed by a value. */
    private static final Pattern AUTHORIZATION_HEADER = Pattern.compile("(?i)authorization\\s*[:=]\\s*\\S");

    @TempDir
    Path exports;
    private SandboxServer server;
    private SandboxControlClient control;
    private SecretsWiretap wiretap;
    private final TestBrowser browser = new TestBrowser();
    /** The codes the test browser handed to the app's loopback receiver. */
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    /** The code of the sign-in the app accepted. */
    private String redeemed;
    /** What the person sees outside dialogs: the receiver's pages in the browser, the sign-in window. */
    private final List<String> shown = new CopyOnWriteArrayList<>();
    /** Every text the app put on the clipboard, by the Copy button that put it there. */
    private final Map<String, String> copied = new LinkedHashMap<>();
    /** Every dialog's texts: as the app asked for it (through the seam) and as its window showed it. */
    private final List<String> dialogTexts = new CopyOnWriteArrayList<>();
    /** The answers to the app's "save as" choosers, in turn. */
    private final Deque<Path> saveAs = new ConcurrentLinkedDeque<>();

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger appLoggers = (Logger) LoggerFactory.getLogger("de.cloudhub.order");
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level appLevel;
    private Appender<ILoggingEvent> console;
    private Thread.UncaughtExceptionHandler testFxHandler;
    private volatile Thread.UncaughtExceptionHandler appHandler;

    @BeforeEach
    void startSandboxBehindTheWiretapAndLogAtDebug() {
        // TestFX makes its handler of uncaught exceptions the default when first used (now, if not before): it is
        // the default again after this test
        WaitForAsyncUtils.clearExceptions();
        testFxHandler = Thread.getDefaultUncaughtExceptionHandler();
        server = SandboxServer.start(0);
        control = new SandboxControlClient(server.baseUri());
        wiretap = SecretsWiretap.inFrontOf(server.origin());
        appLevel = appLoggers.getLevel();
        appLoggers.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
        // the app's DEBUG lines go to the log file and to the capture, not to the build's console
        console = root.getAppender("CONSOLE");
        if (console != null) {
            ThresholdFilter warnings = new ThresholdFilter();
            warnings.setLevel("WARN");
            warnings.start();
            console.addFilter(warnings);
        }
    }

    @AfterEach
    void stopAll() throws Exception {
        closeDialogs();
        stopApp();
        wiretap.close();
        server.close();
        root.detachAppender(captured);
        captured.stop();
        appLoggers.setLevel(appLevel);
        if (console != null) {
            console.clearAllFilters();
        }
        Thread.setDefaultUncaughtExceptionHandler(testFxHandler);
    }

    @Override
    Application appUnderTest() {
        return AppsForTests.recordingLinksAndDialogs(openedLinks::add, RecordingDialogs::new);
    }

    @Test
    void noCodeVerifierOrTokenIsInTheLogAFileADraftAnExportTheClipboardOrADialog() throws Exception {
        // access tokens that live 6 s are renewed ahead of their end (and ended by the sandbox twice below)
        control.tokenLifetimes(6_000, -1, -1);
        String[] args = {"--api-url", wiretap.baseUri().toString(), "--locale", "en", "--data-dir", dataDir.toString()};
        startAppWith(args);
        takeTheAppsHandlerOfUncaughtExceptions();
        node("#signin-view", Node.class);
        click("#signin-remember");
        signInAfterARefusedAnswer();
        waitForPage("page-service");

        control.expireAccessTokens();
        fillWizardToBilling();
        chooseExistingProfile(0);
        next("page-summary");
        exportAsApiRequest();

        control.durations(300, 300);
        control.nextFails(FAILURE_REASON);
        control.expireAccessTokens();
        tickTermsAndOrder();
        waitForStatusView();
        Labeled status = node("#order-status", Labeled.class);
        waitFor("the order to fail", () -> "Failed".equals(status.getText()));
        copyEverythingOnTheWindow("status");

        exportTheDraftFile();
        copyFromAbout();
        crashOnTheFxThread();

        SoftAssertions softly = new SoftAssertions();
        Path remembered = theRememberedSessionFile();
        assertNothingLeakedInFiles(softly, remembered);
        stopApp();
        assertTheRememberedSession(softly, remembered);
        assertNothingLeakedInFiles(softly, remembered);

        // the next start signs in from the remembered file (one more rotation), then the person signs out
        startAppWith(args);
        waitFor("the account menu to name the person", () -> find("#account-menu")
                .map(n -> ((Labeled) n).getText()).filter("EM"::equals).isPresent());
        click("#account-menu");
        click("#signout");
        node("#signin-view", Node.class);
        waitFor("the remembered session to be forgotten", () -> !Files.exists(remembered));
        shown.add(String.join("\n", visibleTexts(stage.getScene().getRoot())));
        stopApp();

        assertTheSecretsWereSeen();
        assertNothingLeakedInFiles(softly, null);
        assertNothingLeakedInTheLog(softly);
        copied.forEach((button, text) -> noSecretIn(softly, "the clipboard after " + button, text));
        dialogTexts.forEach(text -> noSecretIn(softly, "a dialog", text));
        shown.forEach(text -> noSecretIn(softly, "a page or window shown", text));
        softly.assertAll();
    }

    // ---- going through the app ----

    /**
     * Presses "Sign in with Cloudhub" and hands the app an answer with a code but another state, which it refuses;
     * presses it again, copies the link while waiting and signs in as the customer in the test browser.
     */
    private void signInAfterARefusedAnswer() {
        URI first = redirectAfterSigningIn();
        assertThat(first.getRawQuery()).contains("state=");
        URI forged = URI.create(first.toString().replaceFirst("state=[^&]+", "state=not-this-sign-ins"));
        TestBrowser.Answer refused = browser.deliver(forged);
        shown.add(refused.body());
        waitFor("the refusal on the sign-in window", () -> find("#signin-failure")
                .map(n -> ((Labeled) n).getText()).filter(t -> t.contains("refused")).isPresent());
        shown.add(String.join("\n", visibleTexts(stage.getScene().getRoot())));

        URI redirect = redirectAfterSigningIn();
        redeemed = query(redirect, "code");
        TestBrowser.Answer answer = browser.deliver(redirect);
        assertThat(answer.status()).isEqualTo(200);
        shown.add(answer.body());
    }

    /** "Sign in with Cloudhub", "Copy link" while the app waits, the customer signs in: where the browser is sent. */
    private URI redirectAfterSigningIn() {
        openedLinks.clear();
        click("#signin-button");
        waitFor("the app to open the authorization page", () -> openedLinks.stream().anyMatch(l -> l.contains("/oauth/authorize")));
        String link = openedLinks.stream().filter(l -> l.contains("/oauth/authorize")).findFirst().orElseThrow();
        assertThat(copy("signin-copy-link")).isEqualTo(link);
        URI redirect = browser.signIn(URI.create(link), TestBrowser.CUSTOMER);
        delivered.add(query(redirect, "code"));
        return redirect;
    }

    /** "Export as API request…" on the summary, and both of its Copy buttons. */
    private void exportAsApiRequest() {
        Button export = node("#export-request", Button.class);
        waitFor("the export to be possible", () -> !export.isDisabled());
        click(export);
        node("#export-request-curl", TextInputControl.class);
        assertThat(copy("export-request-body-copy")).contains("\"nodeSize\"");
        assertThat(copy("export-request-curl-copy")).contains("$CLOUDHUB_TOKEN");
        closeTheDialog();
    }

    /** "Export…" of the (now ordered) draft in the drafts list, to a file the seam chooses. */
    private void exportTheDraftFile() {
        Path file = exports.resolve("exported.cloudhub-order");
        click("#drafts");
        node("#drafts-view", Node.class);
        waitFor("the draft in the list", () -> firstDraft().isPresent());
        click(firstDraft().orElseThrow());
        saveAs.add(file);
        Button export = node("#draft-export", Button.class);
        waitFor("export to be possible", () -> !export.isDisabled());
        click(export);
        waitFor("the draft file written and said so", () -> Files.exists(file) && !dialogs().isEmpty());
        closeTheDialog();
        assertThat(read(file)).as("the exported draft").contains("\"storageGb\"");
    }

    private Optional<ListCell<?>> firstDraft() {
        return lookup("#drafts-list .list-cell").queryAll().stream().<ListCell<?>>map(c -> (ListCell<?>) c)
                .filter(c -> c.getItem() != null && c.getIndex() == 0).findFirst();
    }

    /** About: both texts to copy. */
    private void copyFromAbout() {
        click("#about");
        node("#about-log-file", TextInputControl.class);
        assertThat(copy("about-data-folder-copy")).isEqualTo(dataDir.toString());
        assertThat(copy("about-log-file-copy")).endsWith("cloudhub-order.log");
        closeTheDialog();
    }

    /**
     * The handler of uncaught exceptions the app makes the default once its window is built. It stays the default
     * outside tests; here the end of every Awaitility wait puts back the handler Awaitility found first (TestFX's,
     * which fails the test instead of showing the crash dialog), so the test asks the app for it.
     */
    private void takeTheAppsHandlerOfUncaughtExceptions() {
        Wait.until("the app's handler of uncaught exceptions", UI, () -> {
            appHandler = FxThread.call(() -> AppsForTests.uncaughtErrorsOf(app));
            return appHandler != null;
        });
    }

    /** A bug on the FX thread, met by the app's handler (as outside tests): it logs it and shows the crash dialog. */
    private void crashOnTheFxThread() {
        int before = dialogTexts.size();
        Thread.UncaughtExceptionHandler handler = appHandler;
        // handed to the app's handler directly: TestFX's own handler, put back by every wait, would take a thrown one
        Platform.runLater(() -> handler.uncaughtException(Thread.currentThread(),
                new IllegalStateException("A bug on the FX thread, thrown by the test")));
        waitFor("the crash dialog", () -> !dialogs().isEmpty()
                && dialogTexts.stream().skip(before).anyMatch(t -> t.contains("thrown by the test")));
        closeTheDialog();
    }

    /** Clicks every Copy button showing in the window (a CopyButton's feedback is "<id>-done"). */
    private void copyEverythingOnTheWindow(String where) {
        List<String> ids = FxThread.call(() -> lookup(".copy-feedback").queryAll().stream()
                .map(Node::getId).filter(id -> id != null && id.endsWith("-done"))
                .map(id -> id.substring(0, id.length() - "-done".length()))
                .filter(id -> find("#" + id).isPresent()).toList());
        assertThat(ids).as("Copy buttons on the " + where + " view").isNotEmpty();
        ids.forEach(this::copy);
        assertThat(copied).containsKey("order-id-copy").containsKey("copy-support-details");
    }

    /** Clicks the Copy button {@code id} and returns what it put on the system clipboard. */
    private String copy(String id) {
        interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(NOTHING_COPIED);
            Clipboard.getSystemClipboard().setContent(content);
        });
        click("#" + id);
        waitFor(id + " to copy", () -> !NOTHING_COPIED.equals(Clipboard.getSystemClipboard().getString()));
        String text = FxThread.call(() -> Clipboard.getSystemClipboard().getString());
        copied.put(id, text);
        return text;
    }

    /** Reads every text of the dialog showing, then closes it. */
    private void closeTheDialog() {
        waitFor("a dialog", () -> !dialogs().isEmpty());
        for (Window dialog : dialogs()) {
            dialogTexts.add(FxThread.call(() -> String.join("\n", allTexts(dialog.getScene().getRoot()))));
        }
        closeDialogs();
        waitFor("the dialog to close", () -> dialogs().isEmpty());
    }

    /** Labels, buttons and text fields below {@code node}, hidden ones too. */
    private static List<String> allTexts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            texts.add(input.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(allTexts(child)));
        }
        return texts;
    }

    // ---- the checks ----

    /** The secrets the wiretap saw are the ones this test is about: a code, its verifier, rotated tokens. */
    private void assertTheSecretsWereSeen() {
        assertThat(delivered).as("the codes of the refused and the accepted answer").hasSize(2).contains(redeemed);
        assertThat(wiretap.codes).as("the code the app redeemed").containsExactly(redeemed);
        assertThat(wiretap.verifiers).as("the verifier of the one sign-in").hasSize(1);
        assertThat(wiretap.refreshTokens).as("refresh tokens: the sign-in's and at least two rotations")
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(wiretap.accessTokens).hasSizeGreaterThanOrEqualTo(3);
        assertThat(wiretap.bearers).as("the app called the API with renewed access tokens")
                .contains(wiretap.accessTokens.get(1), wiretap.accessTokens.get(wiretap.accessTokens.size() - 1));
        assertThat(wiretap.presented).as("refresh tokens spent, and the last one revoked at sign-out")
                .contains(wiretap.refreshTokens.get(wiretap.refreshTokens.size() - 1));
        assertThat(secrets()).allSatisfy(s -> assertThat(s).hasSizeGreaterThanOrEqualTo(32));
    }

    private Path theRememberedSessionFile() throws IOException {
        Path folder = dataDir.resolve("session");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> kept = files.filter(f -> f.getFileName().toString().endsWith(".secret")).toList();
            assertThat(kept).as("one remembered session").hasSize(1);
            return kept.get(0);
        }
    }

    /** The opt-in file holds the live refresh token and only the person may read it. */
    private void assertTheRememberedSession(SoftAssertions softly, Path file) throws IOException {
        softly.assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .as("the remembered session's file").isEqualTo("rw-------");
        softly.assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .as("the remembered session's folder").isEqualTo("rwx------");
        softly.assertThat(Files.readString(file).strip()).as("the file holds the live refresh token")
                .isEqualTo(wiretap.refreshTokens.get(wiretap.refreshTokens.size() - 1));
    }

    /** Every file below the data folder but {@code allowed} (bytes: the database and its WAL too), and the exports. */
    private void assertNothingLeakedInFiles(SoftAssertions softly, Path allowed) throws IOException {
        List<Path> files;
        try (Stream<Path> below = Stream.concat(Files.walk(dataDir), Files.walk(exports))) {
            files = below.filter(Files::isRegularFile).filter(f -> !f.equals(allowed)).toList();
        }
        assertThat(files).as("the log file, the database, the exported draft")
                .anyMatch(f -> f.getFileName().toString().equals("cloudhub-order.log"))
                .anyMatch(f -> f.getFileName().toString().endsWith(".db"))
                .anyMatch(f -> f.startsWith(exports));
        for (Path file : files) {
            String content = read(file);
            noSecretIn(softly, file.toString(), content);
            if (file.getFileName().toString().endsWith(".log")) {
                noCredentialIn(softly, file.toString(), content);
            }
        }
    }

    private void assertNothingLeakedInTheLog(SoftAssertions softly) {
        List<ILoggingEvent> events = List.copyOf(captured.list);
        assertThat(events).as("the app's loggers wrote at DEBUG")
                .anyMatch(e -> e.getLevel() == Level.DEBUG && e.getLoggerName().startsWith("de.cloudhub.order"))
                .anyMatch(e -> e.getFormattedMessage().startsWith("Renewed the session with"))
                .anyMatch(e -> e.getFormattedMessage().startsWith("Uncaught exception in thread"));
        for (ILoggingEvent event : events) {
            String text = render(event);
            noSecretIn(softly, "the log line " + event.getFormattedMessage(), text);
            noCredentialIn(softly, "the log line " + event.getFormattedMessage(), text);
        }
    }

    private void noSecretIn(SoftAssertions softly, String where, String text) {
        for (String secret : secrets()) {
            softly.assertThat(text).as("no sign-in secret in %s", where).doesNotContain(secret);
        }
    }

    private static void noCredentialIn(SoftAssertions softly, String where, String text) {
        softly.assertThat(BEARER_VALUE.matcher(text).find()).as("no Bearer value in %s", where).isFalse();
        softly.assertThat(AUTHORIZATION_HEADER.matcher(text).find()).as("no Authorization header in %s", where).isFalse();
    }

    private List<String> secrets() {
        return Stream.concat(wiretap.all().stream(), delivered.stream()).distinct().toList();
    }

    private static String render(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getFormattedMessage()).append('\n');
        text.append(event.getMDCPropertyMap()).append('\n');
        if (event.getArgumentArray() != null) {
            for (Object arg : event.getArgumentArray()) {
                text.append(arg).append('\n');
            }
        }
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                text.append(frame.getSTEAsString()).append('\n');
            }
        }
        return text.toString();
    }

    /** The file's bytes as Latin-1: every byte one character, so a token (ASCII) is found in any file. */
    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in the redirect");
    }

    /** The app's own dialogs, with every text recorded and the "save as" chooser answered from {@link #saveAs}. */
    private final class RecordingDialogs implements DialogService {
        private final DialogService real;

        RecordingDialogs(DialogService real) {
            this.real = real;
        }

        private void record(String... texts) {
            dialogTexts.add(String.join("\n", texts));
        }

        @Override
        public boolean confirm(String title, String message, String confirmText, String cancelText) {
            record(title, message, confirmText, cancelText);
            return real.confirm(title, message, confirmText, cancelText);
        }

        @Override
        public boolean confirmDestructive(String title, String message, String confirmText, String cancelText) {
            record(title, message, confirmText, cancelText);
            return real.confirmDestructive(title, message, confirmText, cancelText);
        }

        @Override
        public Optional<String> askText(String title, String message, String initialText, String confirmText,
                                        String cancelText) {
            record(title, message, initialText, confirmText, cancelText);
            return real.askText(title, message, initialText, confirmText, cancelText);
        }

        @Override
        public void showError(String title, String message) {
            record(title, message);
            real.showError(title, message);
        }

        @Override
        public void showInfo(String title, String message) {
            record(title, message);
            real.showInfo(title, message);
        }

        @Override
        public void showLink(String title, String message, String link) {
            record(title, message, link);
            real.showLink(title, message, link);
        }

        @Override
        public void showCopyable(String title, String message, List<CopyableText> texts) {
            record(title, message);
            texts.forEach(t -> record(t.label(), t.text()));
            real.showCopyable(title, message, texts);
        }

        @Override
        public Optional<Path> chooseFileToOpen(String title, FileType type) {
            record(title);
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
            record(title, suggestedName);
            return Optional.ofNullable(saveAs.poll());
        }

        @Override
        public void onFilesDropped(java.util.function.Consumer<List<Path>> receiver) {
            real.onFilesDropped(receiver);
        }
    }
}
