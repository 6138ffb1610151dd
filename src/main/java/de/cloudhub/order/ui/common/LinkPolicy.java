package de.cloudhub.order.ui.common;

import de.cloudhub.order.api.ApiClient;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Which links from the server the app may open in the browser. The app's policy is the customer portal's
 * origin ({@code ui.status.PortalPolicy}); a link anywhere else is shown as text with its host, never
 * opened, however it is spelled.
 */
@FunctionalInterface
public interface LinkPolicy {
    /** {@code link} as a URI when the app may open it, otherwise empty. */
    Optional<URI> allowed(String link);

    /** Only links on the API's own origin (scheme, host and port). */
    static LinkPolicy onOriginOf(ApiClient api) {
        Objects.requireNonNull(api, "api");
        return link -> WebLinks.openable(link, api::isSameOrigin).filter(api::isSameOrigin);
    }

    /** The host a link points to, as a person should see it before following it; empty when it has none. */
    static Optional<String> hostOf(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(link.trim());
            return Optional.ofNullable(uri.getHost()).filter(h -> !h.isBlank()).map(WebLinks::forLog);
        } catch (java.net.URISyntaxException malformed) {
            return Optional.empty();
        }
    }
}
