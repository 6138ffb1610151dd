package de.cloudhub.order.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plays the person's browser in sign-in tests against the sandbox's authorization server (docs/api.md,
 * "Sign-in"). Typical use in an end-to-end test, with the link the app would open in the browser:
 * <pre>{@code
 * TestBrowser browser = new TestBrowser();
 * TestBrowser.Answer shown = browser.signInAndDeliver(authorizationLink, TestBrowser.CUSTOMER);
 * // shown is what the app's loopback receiver answered the browser
 * }</pre>
 * or in two steps, to look at (or tamper with) the redirect before the app's receiver gets it:
 * {@link #signIn(URI, String)} returns where the sign-in page redirects to, {@link #deliver(URI)} then
 * follows that redirect. Redirects are never followed by themselves. Plain java.net.http, no cookies.
 * The page is the sandbox's own, so its one form is read with a few regular expressions.
 *
 * <p>Failures of the sign-in page itself (not 200, no single POST form, no such user, no redirect after
 * the POST) fail the test with an {@link AssertionError} naming the status; no message holds a code.
 */
public final class TestBrowser {
    /** The demo customer Erika Mustermann (token {@code demo-customer}'s user). */
    public static final String CUSTOMER = "customer";
    /** The second demo customer Bernd Beispiel (token {@code demo-customer-2}'s user). */
    public static final String OTHER_CUSTOMER = "customer-2";
    /** The demo salesperson Sandra Vertrieb (token {@code demo-sales}'s user). */
    public static final String SALES = "sales";

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern FORM = Pattern.compile("(?is)<form\\b([^>]*)>(.*?)</form>");
    private static final Pattern INPUT = Pattern.compile("(?is)<input\\b([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(?is)([a-z_-]+)\\s*=\\s*\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** What a server answered: the status and the body as text. */
    public record Answer(int status, String body) {
    }

    /**
     * The sign-in page's one form as read from the page.
     *
     * @param action where the form is posted, absolute
     * @param hidden the hidden fields (the authorization request) by name
     * @param users  the values the {@code user} field offers, in page order
     */
    public record Form(URI action, Map<String, String> hidden, List<String> users) {
    }

    /**
     * Opens the authorization link and reads its one POST form.
     *
     * @throws AssertionError when the page does not answer 200 or holds not exactly one POST form
     */
    public Form open(URI authorizationUri) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(authorizationUri).timeout(ANSWER_TIMEOUT).GET()
                .build(), "the authorization page");
        if (page.statusCode() != 200) {
            throw new AssertionError("the authorization page answered " + page.statusCode() + ": " + page.body());
        }
        return readForm(authorizationUri, page.body());
    }

    /**
     * Opens the authorization link, chooses {@code user} ({@link #CUSTOMER}, {@link #OTHER_CUSTOMER},
     * {@link #SALES}) and presses Sign in.
     *
     * @return where the page redirects to (the app's redirect URI with {@code code} and {@code state}),
     *     not followed
     */
    public URI signIn(URI authorizationUri, String user) {
        Form form = open(authorizationUri);
        if (!form.users().contains(user)) {
            throw new AssertionError("the sign-in page offers no user " + user + ", only " + form.users());
        }
        Map<String, String> fields = new LinkedHashMap<>(form.hidden());
        fields.put("user", user);
        fields.put("decision", "allow");
        return post(form.action(), fields);
    }

    /**
     * Opens the authorization link and presses Cancel.
     *
     * @return where the page redirects to (the app's redirect URI with {@code error=access_denied}), not followed
     */
    public URI cancel(URI authorizationUri) {
        Form form = open(authorizationUri);
        Map<String, String> fields = new LinkedHashMap<>(form.hidden());
        fields.put("decision", "deny");
        return post(form.action(), fields);
    }

    /**
     * Follows a redirect as the browser would: a GET of {@code location}, typically the app's loopback
     * receiver. Its redirects are not followed either.
     *
     * @throws UncheckedIOException when nothing answers there (e.g. the receiver is closed already)
     */
    public Answer deliver(URI location) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(location).timeout(ANSWER_TIMEOUT).GET().build(),
                "the redirect target");
        return new Answer(answer.statusCode(), answer.body());
    }

    /** {@link #signIn(URI, String)}, then {@link #deliver(URI)}: the whole visit of the browser. */
    public Answer signInAndDeliver(URI authorizationUri, String user) {
        return deliver(signIn(authorizationUri, user));
    }

    private URI post(URI action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(action).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), "the sign-in form");
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse(null);
        if ((status != 302 && status != 303) || location == null) {
            throw new AssertionError("the sign-in form answered " + status + " instead of a redirect: "
                    + answer.body());
        }
        return action.resolve(location);
    }

    private static Form readForm(URI page, String html) {
        long count = FORM.matcher(html).results().count();
        if (count != 1) {
            throw new AssertionError("the authorization page has " + count + " forms, not one");
        }
        Matcher form = FORM.matcher(html);
        form.find();
        Map<String, String> formAttributes = attributes(form.group(1));
        if (!"post".equalsIgnoreCase(formAttributes.get("method")) || !formAttributes.containsKey("action")) {
            throw new AssertionError("the authorization page's form is not <form method=\"post\" action=\"…\">");
        }
        Map<String, String> hidden = new LinkedHashMap<>();
        List<String> users = new ArrayList<>();
        Matcher inputs = INPUT.matcher(form.group(2));
        while (inputs.find()) {
            Map<String, String> input = attributes(inputs.group(1));
            String type = input.getOrDefault("type", "text").toLowerCase(Locale.ROOT);
            if (type.equals("hidden")) {
                hidden.put(input.get("name"), input.getOrDefault("value", ""));
            } else if ("user".equals(input.get("name")) && type.equals("radio")) {
                users.add(input.get("value"));
            }
        }
        return new Form(page.resolve(formAttributes.get("action")), hidden, users);
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher attribute = ATTRIBUTE.matcher(tag);
        while (attribute.find()) {
            attributes.put(attribute.group(1).toLowerCase(Locale.ROOT), unescape(attribute.group(2)));
        }
        return attributes;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest request, String what) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(what + " cannot be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking " + what, e);
        }
    }
}
