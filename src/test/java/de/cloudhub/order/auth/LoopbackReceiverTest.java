package de.cloudhub.order.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.oauth2.sdk.id.State;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopbackReceiverTest {
    private static final Duration LONG = Duration.ofMinutes(1);
    private final State state = new State();
    private LoopbackReceiver receiver;

    @AfterEach
    void close() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void takesOneAnswerShowsTheCloseThisTabPageAndThenRefusesConnections() throws Exception {
        receiver = LoopbackReceiver.open(state, LONG, CallbackPages.ENGLISH);
        URI redirect = receiver.redirectUri();
        assertThat(redirect.toString()).matches("http://127\\.0\\.0\\.1:\\d+/callback");

        HttpResponse<String> page = Browsing.open(URI.create(redirect + "?code=the-code&state=" + state.getValue()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("You can close this tab").doesNotContain("the-code");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(receiver.code().get(5, TimeUnit.SECONDS).getValue()).isEqualTo("the-code");
        assertRefused(redirect.getPort());
    }

    @Test
    void aWrongStateIsRefusedWithAPageThatSaysSoAndEndsTheSignIn() throws Exception {
        receiver = LoopbackReceiver.open(state, LONG, CallbackPages.ENGLISH);

        HttpResponse<String> page = Browsing.open(URI.create(receiver.redirectUri() + "?code=forged&state=other"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("did not succeed").contains("state_mismatch").doesNotContain("forged");
        assertThatThrownBy(() -> receiver.code().get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).cause().isInstanceOf(SignInException.class)
                .extracting(e -> ((SignInException) e).reason()).isEqualTo(SignInException.Reason.STATE_MISMATCH);
        assertRefused(receiver.redirectUri().getPort());
    }

    @Test
    void anAnswerWithoutStateIsAMismatchToo() throws IOException {
        receiver = LoopbackReceiver.open(state, LONG, CallbackPages.ENGLISH);

        assertThat(Browsing.open(URI.create(receiver.redirectUri() + "?code=c")).statusCode()).isEqualTo(400);
        assertThat(reasonOf(receiver)).isEqualTo(SignInException.Reason.STATE_MISMATCH);
    }

    @Test
    void aDeclinedSignInSaysWhatHappenedInThePersonsLanguage() throws IOException {
        CallbackPages german = new CallbackPages("de", "Sie sind angemeldet.", "Die Anmeldung ist nicht gelungen.");
        receiver = LoopbackReceiver.open(state, LONG, german);

        HttpResponse<String> page = Browsing.open(URI.create(receiver.redirectUri() + "?error=access_denied&state="
                + state.getValue()));

        assertThat(page.body()).contains("lang=\"de\"").contains("Die Anmeldung ist nicht gelungen.")
                .contains("access_denied");
        assertThat(reasonOf(receiver)).isEqualTo(SignInException.Reason.DENIED);
    }

    @Test
    void theFaviconGets404AndDoesNotUseUpTheOneAnswer() throws Exception {
        receiver = LoopbackReceiver.open(state, LONG, CallbackPages.ENGLISH);
        URI favicon = URI.create("http://127.0.0.1:" + receiver.redirectUri().getPort() + "/favicon.ico");

        assertThat(Browsing.open(favicon).statusCode()).isEqualTo(404);
        assertThat(receiver.code()).isNotDone();
        assertThat(Browsing.open(URI.create(receiver.redirectUri() + "?code=c&state=" + state.getValue())).statusCode())
                .isEqualTo(200);
        assertThat(receiver.code().get(5, TimeUnit.SECONDS).getValue()).isEqualTo("c");
    }

    @Test
    void closesAfterTheTimeoutAndSaysSo() throws IOException {
        receiver = LoopbackReceiver.open(state, Duration.ofMillis(200), CallbackPages.ENGLISH);

        assertThat(reasonOf(receiver)).isEqualTo(SignInException.Reason.TIMED_OUT);
        assertRefused(receiver.redirectUri().getPort());
    }

    @Test
    void cancelClosesThePortAndCancelsTheAnswer() throws IOException {
        receiver = LoopbackReceiver.open(state, LONG, CallbackPages.ENGLISH);

        receiver.close();

        assertThatThrownBy(() -> receiver.code().get(5, TimeUnit.SECONDS)).isInstanceOf(CancellationException.class);
        assertRefused(receiver.redirectUri().getPort());
    }

    @Test
    void listensOn127001Only() throws Exception {
        receiver = LoopbackReceiver.open(state, LONG, CallbackPages.ENGLISH);
        int port = receiver.redirectUri().getPort();

        List<InetAddress> others = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(n -> Collections.list(n.getInetAddresses()).stream())
                .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address)
                .collect(Collectors.toList());
        others.add(InetAddress.getByName("127.0.0.2"));
        for (InetAddress other : others) {
            assertThatThrownBy(() -> connect(other, port)).as("connecting via %s", other).isInstanceOf(IOException.class);
        }
        connect(InetAddress.getByName("127.0.0.1"), port);
    }

    private static SignInException.Reason reasonOf(LoopbackReceiver receiver) {
        try {
            receiver.code().get(5, TimeUnit.SECONDS);
            throw new AssertionError("the receiver gave a code");
        } catch (ExecutionException failed) {
            return ((SignInException) failed.getCause()).reason();
        } catch (Exception other) {
            throw new AssertionError(other);
        }
    }

    private static void assertRefused(int port) {
        assertThatThrownBy(() -> connect(InetAddress.getByName("127.0.0.1"), port)).isInstanceOf(ConnectException.class);
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 1000);
        }
    }
}
