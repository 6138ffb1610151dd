package de.cloudhub.order.sandbox;

import static de.cloudhub.order.sandbox.PortalPages.esc;

import de.cloudhub.order.model.Me;
import java.util.Map;

/**
 * The HTML of the authorization endpoint: the sign-in page, whose one form carries the request in hidden
 * fields and lets the person choose a demo user, and the page for a request that cannot be answered with a
 * redirect. Everything echoed is HTML-escaped. No page can be framed (clickjacking, RFC 9700 §4.16) or kept
 * in a cache.
 */
final class SignInPage {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1f2328;"
            + "margin:0}main{max-width:34rem;margin:3rem auto;background:#fff;padding:2rem;border-radius:8px;"
            + "box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:1.4rem;margin-top:0}fieldset{border:1px solid "
            + "#d0d7de;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}label{display:block;margin:.6rem 0}"
            + "small{color:#59636e}.actions{display:flex;gap:.75rem;margin-top:1.25rem}button{font-size:1rem;"
            + "padding:.5rem 1.25rem;border-radius:6px;border:1px solid #d0d7de;background:#f6f8fa;cursor:pointer}"
            + "button.primary{background:#0969da;border-color:#0969da;color:#fff}.error{color:#b42318}";

    private SignInPage() {
    }

    /**
     * The sign-in page for a valid request: who asks, what happens, the demo users, Sign in and Cancel.
     *
     * @param hidden the request's parameters, carried unchanged to the POST
     */
    static Response page(String action, String appName, String returnAddress, Map<String, Me> users,
                         Map<String, String> hidden) {
        StringBuilder body = new StringBuilder()
                .append("<p><strong>").append(esc(appName)).append("</strong> möchte Sie bei Cloudhub anmelden. ")
                .append("<strong>").append(esc(appName)).append("</strong> asks to sign you in to Cloudhub.</p>")
                .append("<p>Dies ist die Sandbox: Wählen Sie einen Demo-Benutzer, ein Passwort gibt es nicht. ")
                .append("This is the sandbox: choose a demo user; there is no password.</p>")
                .append("<form method=\"post\" action=\"").append(esc(action)).append("\">")
                .append("<fieldset><legend>Anmelden als / Sign in as</legend>");
        boolean first = true;
        for (Map.Entry<String, Me> user : users.entrySet()) {
            body.append("<label><input type=\"radio\" name=\"user\" value=\"").append(esc(user.getKey()))
                    .append('"').append(first ? " checked" : "").append("> ").append(describe(user.getValue()))
                    .append("</label>");
            first = false;
        }
        body.append("</fieldset>");
        hidden.forEach((name, value) -> body.append("<input type=\"hidden\" name=\"").append(esc(name))
                .append("\" value=\"").append(esc(value)).append("\">"));
        body.append("<div class=\"actions\">")
                .append("<button class=\"primary\" type=\"submit\" name=\"decision\" value=\"allow\">")
                .append("Anmelden / Sign in</button>")
                .append("<button type=\"submit\" name=\"decision\" value=\"deny\">Abbrechen / Cancel</button>")
                .append("</div></form>")
                .append("<p><small>Danach kehren Sie zur App zurück (").append(esc(returnAddress))
                .append("). Afterwards you return to the app.</small></p>");
        return html(200, "Bei Cloudhub anmelden / Sign in to Cloudhub", body.toString());
    }

    /** A request the server cannot answer by redirecting to the app: it says why and what to do. */
    static Response refused(String reason) {
        return refused(400, reason);
    }

    static Response refused(int status, String reason) {
        return html(status, "Anmeldung nicht möglich / Sign-in not possible",
                "<p class=\"error\">" + esc(reason) + "</p><p>Starten Sie die Anmeldung in der App neu. "
                        + "Start the sign-in again in the app.</p>");
    }

    private static String describe(Me me) {
        String who = "<strong>" + esc(me.user().name()) + "</strong> &lt;" + esc(me.user().email()) + "&gt;";
        if (me.isSales()) {
            return who + " – Vertrieb / sales";
        }
        return who + " – Kunde / customer " + esc(me.customer().name()) + " (" + esc(me.customer().number()) + ")";
    }

    private static Response html(int status, String title, String body) {
        return Response.html(status, "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                        + esc(title) + "</title><style>" + STYLE + "</style></head><body><main><h1>" + esc(title)
                        + "</h1>" + body + "<p><small>Cloudhub Sandbox</small></p></main></body></html>")
                .header("Cache-Control", "no-store")
                .header("X-Frame-Options", "DENY")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                        + "frame-ancestors 'none'")
                .header("Referrer-Policy", "no-referrer");
    }
}
