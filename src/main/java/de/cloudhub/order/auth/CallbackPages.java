package de.cloudhub.order.auth;

import java.util.Objects;

/**
 * What the browser shows after it delivered the answer to the app: the auth package has no translations, so
 * the app passes the sentences in the person's language ({@code language} is the page's {@code lang}).
 * {@code failed} is followed by a short technical detail (the OAuth error code, or {@code state_mismatch}).
 */
public record CallbackPages(String language, String signedIn, String failed) {
    /** English, for tests and as the fallback. */
    public static final CallbackPages ENGLISH = new CallbackPages("en",
            "You are signed in to Cloudhub Order. You can close this tab.",
            "Signing in to Cloudhub Order did not succeed. You can close this tab; the app says what to do next.");

    public CallbackPages {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(signedIn, "signedIn");
        Objects.requireNonNull(failed, "failed");
    }

    String successPage() {
        return page(signedIn, null);
    }

    String failurePage(String detail) {
        return page(failed, detail);
    }

    private String page(String sentence, String detail) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\"><head><meta charset=\"utf-8\">"
                + "<title>Cloudhub Order</title></head>"
                + "<body style=\"font-family: sans-serif; margin: 3em; max-width: 40em\"><p>" + escape(sentence) + "</p>"
                + (detail == null ? "" : "<p style=\"color: #666\"><code>" + escape(detail) + "</code></p>")
                + "</body></html>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
