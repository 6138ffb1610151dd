package de.cloudhub.order.api;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Locale;

/**
 * The one answer to "does this host name stay on this machine?": {@code localhost} and every loopback
 * address (127.0.0.0/8, ::1), decided with IPAddress. The client allows plain http only there, the app's
 * options accept a plain-http API only there and treat such an API as a sandbox, and the portal policy
 * trusts the sandbox's http origin only there: all use this check, so they can never disagree.
 */
public final class LoopbackHosts {
    private LoopbackHosts() {
    }

    /** {@code host} as {@link java.net.URI#getHost()} gives it (IPv6 in brackets or bare); false for null. */
    public static boolean isLoopbackHost(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String lower = bare.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.equals("localhost.")) {
            return true;
        }
        IPAddress address = new IPAddressString(bare).getAddress();
        return address != null && address.isLoopback();
    }
}
