package de.cloudhub.order.ui.status;

import de.cloudhub.order.api.LoopbackHosts;
import de.cloudhub.order.model.Order;
import de.cloudhub.order.ui.common.LinkPolicy;
import de.cloudhub.order.ui.common.WebLinks;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which links from the server the app may open in the browser: only links on the configured
 * customer portal's origin ({@code https}; plain {@code http} only on a loopback host), or, in sandbox
 * mode, links on the sandbox's own loopback {@code http} origin exactly (scheme, host and port). Everything else (another host, another port,
 * plain http to a real host, user info, relative or malformed links) is refused. Also builds the
 * support-ticket link when the server sends none.
 */
public final class PortalPolicy implements LinkPolicy {
    /** Where the portal (and the sandbox's portal pages) offers the "new support ticket" form, below its origin. */
    public static final String TICKET_PATH = "/portal/support/new";

    private final URI portalOrigin;
    private final boolean sandbox;
    private final String ticketPage;

    private PortalPolicy(URI portalOrigin, boolean sandbox, String ticketPage) {
        this.portalOrigin = portalOrigin;
        this.sandbox = sandbox;
        this.ticketPage = ticketPage;
    }

    /**
     * The real portal, given by its "new support ticket" page, e.g.
     * {@code https://portal.example.com/support/new}; must be https (plain http only on a loopback host,
     * where nothing travels over a network). Links are allowed on its origin.
     */
    public static PortalPolicy portal(URI ticketPage) {
        Objects.requireNonNull(ticketPage, "ticketPage");
        URI origin = originOf(ticketPage);
        boolean secure = "https".equals(origin.getScheme())
                || "http".equals(origin.getScheme()) && LoopbackHosts.isLoopbackHost(origin.getHost());
        if (!secure || ticketPage.getHost() == null) {
            throw new IllegalArgumentException("The customer portal must be an https address (plain http only "
                    + "on a loopback host): " + ticketPage);
        }
        return new PortalPolicy(origin, false, withoutQuery(ticketPage));
    }

    /**
     * Sandbox mode: the sandbox (any URI on it, e.g. its API base) on a loopback address stands in
     * for the portal; links are allowed on exactly its origin.
     */
    public static PortalPolicy sandbox(URI sandboxUri) {
        URI origin = originOf(Objects.requireNonNull(sandboxUri, "sandboxUri"));
        if (!LoopbackHosts.isLoopbackHost(origin.getHost())) {
            throw new IllegalArgumentException("The sandbox must be on a loopback address: " + sandboxUri);
        }
        return new PortalPolicy(origin, true, origin + TICKET_PATH);
    }

    private static String withoutQuery(URI uri) {
        String text = uri.toString();
        int cut = text.indexOf('?') >= 0 ? text.indexOf('?') : text.indexOf('#');
        return cut >= 0 ? text.substring(0, cut) : text;
    }

    /** The origin ticket links are built on. */
    public URI portalOrigin() {
        return portalOrigin;
    }

    /** {@code link} as a URI when the app may open it, otherwise empty. */
    @Override
    public Optional<URI> allowed(String link) {
        // in sandbox mode the portal's origin is the sandbox's own (plain http on loopback)
        return WebLinks.openable(link, uri -> true).filter(uri -> originOf(uri).equals(portalOrigin));
    }

    /** The server's ticket link for this order, or one built on the portal's origin when it sends none. */
    public String ticketLink(Order order) {
        Objects.requireNonNull(order, "order");
        if (order.links() != null && order.links().supportTicket() != null && !order.links().supportTicket().isBlank()) {
            return order.links().supportTicket();
        }
        return builtTicketLink(order.id());
    }

    /** The portal's ticket form with the order id filled in. */
    public String builtTicketLink(String orderId) {
        return ticketPage + "?order=" + URLEncoder.encode(orderId, StandardCharsets.UTF_8);
    }

    private static URI originOf(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if (port == defaultPort(scheme)) {
            port = -1;
        }
        try {
            return new URI(scheme, null, host, port, null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a usable origin: " + uri, e);
        }
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "https" -> 443;
            case "http" -> 80;
            default -> -2;
        };
    }

    @Override
    public String toString() {
        return "PortalPolicy[portal=" + portalOrigin + (sandbox ? ", sandbox" : "") + "]";
    }
}
