package de.cloudhub.order.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import de.cloudhub.order.sandbox.SandboxServer;
import de.cloudhub.order.testing.FxThread;
import de.cloudhub.order.testing.SandboxControlClient;
import de.cloudhub.order.testing.TestBrowser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser sign-in of the real app against the sandbox as authorization server, over real HTTP: the app opens
 * the authorization page (recorded instead of a browser), a test browser posts the sign-in form and delivers the
 * redirect to the app's loopback receiver. The sessions stay in memory (the tests run without a keyring).
 */
class SignInE2eTest extends AppTestBase {
    private SandboxServer server;
    private SandboxControlClient control;
    private final TestBrowser browser = new TestBrowser();
    /** The codes the browser delivered: they must never show up in the app's files. */
    private final List<String> codes = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() {
        server = SandboxServer.start(0);
        control = new SandboxControlClient(server.baseUri());
    }

    @AfterEach
    void stopServer() throws Exception {
        stopApp();
        server.close();
    }

    private void startSignedOut() throws Exception {
        startAppWith("--api-url", server.baseUri().toString(), "--locale", "en", "--data-dir", dataDir.toString());
        node("#signin-view", javafx.scene.Node.class);
    }

    /** Presses "Sign in with Cloudhub", signs in as {@code user} in the test browser and hands the answer back. */
    private void signInAs(String user) {
        openedLinks.clear();
        click("#signin-button");
        waitFor("the app to open the authorization page", () -> openedLinks.stream().anyMatch(l -> l.contains("/oauth/authorize")));
        URI page = URI.create(openedLinks.stream().filter(l -> l.contains("/oauth/authorize")).findFirst().orElseThrow());
        URI redirect = browser.signIn(page, user);
        assertThat(redirect.getHost()).as("the answer goes to the app's loopback receiver").isEqualTo("127.0.0.1");
        codes.add(query(redirect, "code"));
        TestBrowser.Answer answer = browser.deliver(redirect);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("You can close this tab");
    }

    private static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    private void toTrustedSources() {
        waitForPage("page-service");
        next("page-node-size");
        chooseNodeSize("a2-8");
        next("page-storage");
        typeStorage("150");
        next("page-trusted-sources");
    }

    @Test
    void aFirstStartSignsInThroughTheBrowserAndOpensTheWizardForThatPerson() throws Exception {
        startSignedOut();
        assertThat(FxThread.call(() -> visibleTexts(stage.getScene().getRoot()))).anyMatch(t -> t.contains(server.baseUri().getAuthority()));

        signInAs(TestBrowser.CUSTOMER);

        waitForPage("page-service");
        waitFor("the account menu to name the person", () -> find("#account-menu").map(n -> ((Labeled) n).getText())
                .filter(t -> t.equals("EM")).isPresent());
        assertThat(dataDir.resolve("session")).as("without a keyring and without 'remember me' nothing is kept on disk")
                .doesNotExist();
        assertNoSecretInFiles();
    }

    @Test
    void anExpiredAccessTokenIsRenewedWithoutThePersonNoticing() throws Exception {
        startSignedOut();
        signInAs(TestBrowser.CUSTOMER);
        toTrustedSources();
        control.expireAccessTokens();
        int before = trustedSourceRows();

        click("#add-my-address");

        waitFor("the address found to be in the list", () -> trustedSourceRows() > before);
        assertThat(find("#signin-view")).as("no sign-in asked for").isEmpty();
    }

    @Test
    void aSessionTheServerEndedBringsBackTheSignInAndTheDraftIsIntactAfterwards() throws Exception {
        startSignedOut();
        signInAs(TestBrowser.CUSTOMER);
        toTrustedSources();
        control.revokeTokensOf(TestBrowser.CUSTOMER);
        control.expireAccessTokens();

        click("#add-my-address");

        node("#signin-view", javafx.scene.Node.class);
        waitFor("the session's end told", () -> visibleTexts(stage.getScene().getRoot()).contains("Your session has ended"));
        signInAs(TestBrowser.CUSTOMER);

        waitForPage("page-trusted-sources");
        click("#back");
        waitForPage("page-storage");
        // back on the page before: the input made before the session ended is all there
        waitFor("the storage typed before", () -> find("#storage-gb .text-field")
                .map(n -> ((javafx.scene.control.TextInputControl) n).getText()).filter("150"::equals).isPresent());
        click("#back");
        waitForPage("page-node-size");
        waitFor("a2-8 still chosen", () -> tile("a2-8").map(ToggleButton::isSelected).orElse(false));
        assertNoSecretInFiles();
    }

    @Test
    void signingOutRevokesTheSessionAndTheNextPersonSeesNoneOfTheDrafts() throws Exception {
        startSignedOut();
        signInAs(TestBrowser.CUSTOMER);
        toTrustedSources();
        int refreshTokens = control.liveRefreshTokens();
        assertThat(refreshTokens).isPositive();

        click("#account-menu");
        click("#signout");

        node("#signin-view", javafx.scene.Node.class);
        waitFor("the server to have revoked the session", () -> control.liveRefreshTokens() < refreshTokens);
        signInAs(TestBrowser.OTHER_CUSTOMER);
        waitForPage("page-service");
        waitFor("the other person named", () -> find("#account-menu").map(n -> ((Labeled) n).getText())
                .filter(t -> t.equals("BB")).isPresent());
        click("#drafts");
        node("#drafts-view", javafx.scene.Node.class);
        waitFor("nobody's drafts but the other person's", () -> visibleTexts(stage.getScene().getRoot())
                .stream().anyMatch(t -> t.contains("No drafts yet")));
    }

    @Test
    void signingOutAndInAgainAsTheSamePersonBringsBackTheirDrafts() throws Exception {
        startSignedOut();
        signInAs(TestBrowser.CUSTOMER);
        toTrustedSources();

        click("#account-menu");
        click("#signout");
        node("#signin-view", javafx.scene.Node.class);
        signInAs(TestBrowser.CUSTOMER);

        // the person's own draft again, on the page they left it on
        waitForPage("page-trusted-sources");
        click("#drafts");
        node("#drafts-view", javafx.scene.Node.class);
        waitFor("the draft made before signing out", () -> visibleTexts(stage.getScene().getRoot())
                .stream().anyMatch(t -> t.contains("150 GB")));
    }

    @Test
    void aPersonWhoAskedToBeRememberedIsStillSignedInAtTheNextStartWhereTheyLeftOff() throws Exception {
        startSignedOut();
        click("#signin-remember");
        signInAs(TestBrowser.CUSTOMER);
        toTrustedSources();
        stopApp();
        assertThat(dataDir.resolve("session")).as("'remember me' keeps the session below the data folder").isDirectoryContaining(
                f -> Files.isRegularFile(f));
        openedLinks.clear();

        startAppWith("--api-url", server.baseUri().toString(), "--locale", "en", "--data-dir", dataDir.toString());

        waitForPage("page-trusted-sources");
        waitFor("the account menu to name the person", () -> find("#account-menu").map(n -> ((Labeled) n).getText())
                .filter(t -> t.equals("EM")).isPresent());
        assertThat(find("#signin-view")).as("no sign-in asked for").isEmpty();
        assertThat(openedLinks).as("no browser opened").noneMatch(l -> l.contains("/oauth/authorize"));
        click("#back");
        waitForPage("page-storage");
        waitFor("the storage typed before", () -> find("#storage-gb .text-field")
                .map(n -> ((javafx.scene.control.TextInputControl) n).getText()).filter("150"::equals).isPresent());
        assertNoSecretInFiles();
    }

    @Test
    void withAKeyringACustomerSignsInOrdersClosesTheAppAndIsStillSignedInNextTime() throws Exception {
        // a keyring that outlives the app's start, as the OS keyring does (the tests never touch the real one)
        String before = System.getProperty("cloudhub.order.keyring");
        System.setProperty("cloudhub.order.keyring", "process");
        try {
            startSignedOut();
            waitFor("the window to say the keyring keeps the session", () -> visibleTexts(stage.getScene().getRoot())
                    .contains("You stay signed in on this computer: the system keyring keeps your session."));
            signInAs(TestBrowser.CUSTOMER);
            fillWizardToBilling();
            chooseExistingProfile(0);
            next("page-summary");
            tickTermsAndOrder();
            String id = waitForStatusView();
            stopApp();
            assertThat(dataDir.resolve("session")).as("with a keyring no session file").doesNotExist();
            openedLinks.clear();

            startAppWith("--api-url", server.baseUri().toString(), "--locale", "en", "--data-dir", dataDir.toString());

            waitFor("the account menu to name the person", () -> find("#account-menu").map(n -> ((Labeled) n).getText())
                    .filter(t -> t.equals("EM")).isPresent());
            click("#orders");
            waitFor("the order placed before the restart in the overview", () -> find("#orders-table")
                    .map(t -> ((javafx.scene.control.TableView<?>) t).getItems().stream()
                            .anyMatch(r -> ((de.cloudhub.order.ui.status.OrderRow) r).id().equals(id)))
                    .orElse(false));
            assertThat(find("#signin-view")).as("no sign-in asked for").isEmpty();
            assertThat(openedLinks).as("no browser opened").noneMatch(l -> l.contains("/oauth/authorize"));
            assertNoSecretInFiles();
        } finally {
            if (before == null) {
                System.clearProperty("cloudhub.order.keyring");
            } else {
                System.setProperty("cloudhub.order.keyring", before);
            }
        }
    }

    @Test
    void theSignInWindowOffersTheDemoInsteadAndItStartsInTheSameWindow() throws Exception {
        startSignedOut();

        click("#signin-use-demo");

        node("#demo-badge", javafx.scene.Node.class);
        waitForPage("page-service");
    }

    @Test
    void theSignInWindowLetsThePersonChangeTheProvider() throws Exception {
        startSignedOut();

        click("#signin-change-endpoint");

        node("#endpoint-choice", javafx.scene.Node.class);
    }

    /**
     * No code the browser delivered appears in any file of the data folder (log, database, settings); the token
     * values themselves are looked for by SignInSecretsE2eTest, which sees them through a wiretap.
     */
    private void assertNoSecretInFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(read(file), StandardCharsets.ISO_8859_1);
                for (String code : codes) {
                    assertThat(content).as("no sign-in code in " + file).doesNotContain(code);
                }
            }
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
