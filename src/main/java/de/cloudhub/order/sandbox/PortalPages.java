package de.cloudhub.order.sandbox;

import de.cloudhub.order.model.Order;
import de.cloudhub.order.model.StatusChange;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Small HTML pages for the links the API hands out (terms documents, order status, support ticket),
 * so a browser opened on them shows something real.
 */
final class PortalPages {
    private static final Map<String, String[]> DOCUMENTS = Map.of(
            "agb", new String[] {"Allgemeine Geschäftsbedingungen / General terms and conditions",
                "Diese Sandbox-Fassung der AGB dient nur der Vorführung. This sandbox version of the terms "
                        + "is for demonstration only."},
            "leistungsbeschreibung", new String[] {"Leistungsbeschreibung / Service description",
                "Caching as a Service – Valkey 8: Verbindungen nur über TLS, tägliche Backups mit 7 Tagen "
                        + "Aufbewahrung, 99,95 % Verfügbarkeit. Connections over TLS only, daily backups kept "
                        + "for 7 days, 99.95 % availability."},
            "avv", new String[] {"Vereinbarung zur Auftragsverarbeitung / Data processing agreement",
                "Die Daten werden ausschließlich in deutschen Rechenzentren verarbeitet. Data is processed in "
                        + "German data centres only."});

    private final OrderBook book;
    private final SandboxSettings settings;

    PortalPages(OrderBook book, SandboxSettings settings) {
        this.book = Objects.requireNonNull(book);
        this.settings = Objects.requireNonNull(settings);
    }

    Response handle(String path, Call call) {
        if (path.startsWith("/portal/terms/")) {
            String[] doc = DOCUMENTS.get(path.substring("/portal/terms/".length()));
            if (doc != null) {
                return page(200, doc[0], "<p>" + esc(doc[1]) + "</p><p>Fassung / Version "
                        + esc(settings.termsVersion()) + "</p>");
            }
        } else if (path.startsWith("/portal/orders/")) {
            Optional<Order> order = book.get(path.substring("/portal/orders/".length()));
            if (order.isPresent()) {
                return page(200, "Auftrag / Order " + order.get().id(), orderBody(order.get()));
            }
        } else if (path.equals("/portal/support/new")) {
            String orderId = call.query("order");
            String about = orderId == null || orderId.isBlank() ? "" : " – Auftrag / order " + esc(orderId);
            return page(200, "Support-Anfrage / Support request",
                    "<p>Neue Support-Anfrage" + about + ".</p><p>In der Sandbox wird keine Anfrage versendet. "
                            + "The sandbox does not send requests.</p>");
        }
        return page(404, "Nicht gefunden / Not found", "<p>Diese Seite gibt es nicht. This page does not exist.</p>");
    }

    private static String orderBody(Order order) {
        StringBuilder html = new StringBuilder("<p>Status: <strong>").append(esc(order.status()))
                .append("</strong></p><ul>");
        for (StatusChange change : order.history()) {
            html.append("<li>").append(esc(change.status())).append(" – ").append(change.at()).append("</li>");
        }
        html.append("</ul>");
        if (order.failure() != null) {
            html.append("<p>").append(esc(order.failure().reason())).append("</p>");
        }
        if (order.connection() != null) {
            html.append("<p>").append(esc(order.connection().host())).append(':')
                    .append(order.connection().port()).append(" (TLS)</p>");
        }
        return html.toString();
    }

    private static Response page(int status, String title, String body) {
        return Response.html(status, "<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>"
                + esc(title) + "</title></head><body><h1>" + esc(title) + "</h1>" + body
                + "<p><small>Cloudhub Sandbox</small></p></body></html>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
