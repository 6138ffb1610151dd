import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.as.AuthorizationServerMetadata;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.JSONObjectUtils;
import com.sun.jna.Library;
import com.sun.jna.Native;
import de.cloudhub.order.auth.KeyringSecretStore;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;

/**
 * Proves that the packaged runtime (jlink: only the JDK modules of {@code package.jdk.modules}) runs what the
 * sign-in libraries need on Linux, which the demo-mode smoke test never touches: Nimbus OAuth with json-smart
 * (metadata, PKCE, a token request over HttpURLConnection), TLS with EC keys, dbus-java's native Unix socket
 * transport with its SASL login (jdk.security.auth, jdk.net), java-keyring's Secret Service backend and the
 * app's own {@code KeyringSecretStore} on it, and JNA's native library loaded from the runtime instead of unpacked. Run by {@code check-libraries.sh} with the
 * package's own java, class path and java-options. A missing module shows as NoClassDefFoundError somewhere in
 * a cause chain (java-keyring turns it into "no backend"), so every failure's causes are searched for one.
 *
 * <pre>
 * java … PackagedLibraries [--origin http://127.0.0.1:PORT] [--keyring round-trip|absent] [--jna-dir DIR]
 * </pre>
 */
public final class PackagedLibraries {
    /** libc's getpid through JNA: a real native call. */
    public interface LibC extends Library {
        int getpid();
    }

    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String origin = null;
        String keyring = "absent";
        String jnaDir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--origin" -> origin = args[++i];
                case "--keyring" -> keyring = args[++i];
                case "--jna-dir" -> jnaDir = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        PackagedLibraries check = new PackagedLibraries();
        String server = origin;
        check.run("Nimbus OAuth", () -> check.nimbus(server));
        check.run("TLS", check::tls);
        String expected = keyring;
        check.run("D-Bus", () -> check.dbus(expected));
        check.run("keyring", () -> check.keyring(expected));
        if (expected.equals("round-trip")) {
            check.run("the app's keyring store", check::appKeyringStore);
        }
        String dir = jnaDir;
        check.run("JNA", () -> check.jna(dir));
        if (!check.failures.isEmpty()) {
            System.out.println("FAILED: " + String.join("; ", check.failures));
            System.exit(1);
        }
        System.out.println("all library checks passed");
    }

    private interface Check {
        String run() throws Exception;
    }

    private void run(String name, Check check) {
        try {
            System.out.println("ok   " + name + ": " + check.run());
        } catch (Throwable t) {
            String message = name + ": " + describe(t);
            System.out.println("FAIL " + message);
            failures.add(message);
        }
    }

    private static String describe(Throwable t) {
        StringBuilder chain = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            chain.append(chain.length() == 0 ? "" : " <- ").append(c);
        }
        return chain.toString();
    }

    /** A linkage error anywhere in the chain: a class or module the runtime lacks. */
    private static void rethrowLinkage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LinkageError) {
                throw new IllegalStateException("class or module missing from the runtime", t);
            }
        }
    }

    private String nimbus(String origin) throws Exception {
        // PKCE S256 and a token request body, as the sign-in builds them
        CodeVerifier verifier = new CodeVerifier();
        String challenge = com.nimbusds.oauth2.sdk.pkce.CodeChallenge.compute(CodeChallengeMethod.S256, verifier).getValue();
        if (challenge.length() != 43) {
            throw new IllegalStateException("S256 challenge of length " + challenge.length());
        }
        if (origin == null) {
            // no server: parse metadata and a token answer from text (json-smart with its accessors-smart and asm)
            AuthorizationServerMetadata metadata = AuthorizationServerMetadata.parse(
                    "{\"issuer\":\"http://127.0.0.1:1\",\"authorization_endpoint\":\"http://127.0.0.1:1/oauth/authorize\","
                            + "\"token_endpoint\":\"http://127.0.0.1:1/oauth/token\",\"code_challenge_methods_supported\":[\"S256\"]}");
            TokenResponse answer = TokenResponse.parse(JSONObjectUtils.parse(
                    "{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"expires_in\":300,\"refresh_token\":\"r\"}"));
            return "metadata of " + metadata.getIssuer() + " and a token answer parsed (success " + answer.indicatesSuccess() + ")";
        }
        HTTPRequest get = new HTTPRequest(HTTPRequest.Method.GET, URI.create(origin + "/.well-known/oauth-authorization-server"));
        get.setConnectTimeout(5000);
        get.setReadTimeout(10000);
        HTTPResponse response = get.send();
        response.ensureStatusCode(200);
        AuthorizationServerMetadata metadata = AuthorizationServerMetadata.parse(response.getBodyAsJSONObject());
        if (!metadata.getCodeChallengeMethods().contains(CodeChallengeMethod.S256)) {
            throw new IllegalStateException("no S256 in " + metadata.getCodeChallengeMethods());
        }
        // a code the server never issued: the answer must be parsed as invalid_grant
        TokenRequest request = new TokenRequest.Builder(metadata.getTokenEndpointURI(), new ClientID("cloudhub-order-desktop"),
                new AuthorizationCodeGrant(new AuthorizationCode("never-issued"), URI.create("http://127.0.0.1:1/callback"), verifier))
                .build();
        HTTPRequest post = request.toHTTPRequest();
        post.setConnectTimeout(5000);
        post.setReadTimeout(10000);
        TokenResponse answer = TokenResponse.parse(post.send());
        if (answer.indicatesSuccess()
                || !OAuth2Error.INVALID_GRANT.getCode().equals(((TokenErrorResponse) answer).getErrorObject().getCode())) {
            throw new IllegalStateException("a made-up code was not answered with invalid_grant");
        }
        return "metadata from " + metadata.getIssuer() + ", a token request answered invalid_grant as it must";
    }

    private String tls() throws Exception {
        // jdk.crypto.ec (SunEC) and the CA certificates: what HTTPS to a provider needs
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        ec.generateKeyPair();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init((java.security.KeyStore) null);
        int authorities = Arrays.stream(trust.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                .mapToInt(m -> ((X509TrustManager) m).getAcceptedIssuers().length).sum();
        if (authorities == 0) {
            throw new IllegalStateException("no CA certificates in the runtime");
        }
        String[] suites = SSLContext.getDefault().createSSLEngine().getEnabledCipherSuites();
        if (Arrays.stream(suites).noneMatch(s -> s.startsWith("TLS_ECDHE_ECDSA_"))) {
            throw new IllegalStateException("no ECDHE_ECDSA cipher suite enabled");
        }
        return "EC keys, " + authorities + " CA certificates, " + suites.length + " cipher suites";
    }

    private String dbus(String keyring) throws Exception {
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") == null) {
            if (keyring.equals("absent")) {
                return "skipped: no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS)";
            }
            throw new IllegalStateException("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS); run under dbus-run-session");
        }
        try (DBusConnection connection = DBusConnectionBuilder.forSessionBus().build()) {
            return "connected to the session bus as " + connection.getUniqueName();
        }
    }

    private String keyring(String expected) throws Exception {
        Keyring keyring;
        try {
            keyring = Keyring.create();
        } catch (BackendNotSupportedException none) {
            rethrowLinkage(none);
            if (expected.equals("absent")) {
                return "no keyring, as expected (" + none.getMessage() + ")";
            }
            throw none;
        }
        try (keyring) {
            String type = keyring.getKeyringStorageType().toString();
            if (!expected.equals("round-trip")) {
                return type + " answered";
            }
            String service = "Cloudhub Order package check";
            String account = "check-" + UUID.randomUUID();
            String secret = "secret-" + UUID.randomUUID();
            keyring.setPassword(service, account, secret);
            String read = keyring.getPassword(service, account);
            keyring.deletePassword(service, account);
            if (!secret.equals(read)) {
                throw new IllegalStateException("the keyring gave back another secret");
            }
            return type + ": written, read back and deleted";
        }
    }

    /** The app's own way in (it takes a missing class for "no keyring"): its probe must find the Secret Service. */
    private String appKeyringStore() throws Exception {
        String key = "package-check:" + UUID.randomUUID();
        Optional<KeyringSecretStore> probed = KeyringSecretStore.probe(key, Duration.ofSeconds(10)).get(20, TimeUnit.SECONDS);
        KeyringSecretStore store = probed.orElseThrow(() -> new IllegalStateException(
                "KeyringSecretStore.probe found no keyring where java-keyring has one (see the app's log lines above)"));
        try {
            store.write(key, "rt-" + UUID.randomUUID());
            boolean read = store.read(key).isPresent();
            store.delete(key);
            if (!read || store.read(key).isPresent()) {
                throw new IllegalStateException("the store did not keep or did not delete the secret");
            }
            return store + ": written, read back and deleted";
        } finally {
            store.close();
        }
    }

    private String jna(String expectedDir) throws Exception {
        LibC libc = Native.load("c", LibC.class);
        long pid = libc.getpid();
        if (pid != ProcessHandle.current().pid()) {
            throw new IllegalStateException("getpid through JNA gave " + pid);
        }
        String loaded = System.getProperty("jnidispatch.path");
        if (expectedDir != null) {
            Path expected = Path.of(expectedDir).toRealPath().resolve("libjnidispatch.so");
            if (loaded == null || !Path.of(loaded).toAbsolutePath().normalize().equals(expected)) {
                throw new IllegalStateException("JNA's native came from " + loaded + ", not " + expected);
            }
        }
        return "getpid() = " + pid + " through " + loaded;
    }
}
