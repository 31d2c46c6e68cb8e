package io.slipway.gateway.admin;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where the Admin API listens and the token it requires. Beyond loopback a token is mandatory:
 * {@link #check()} refuses to start without one.
 */
public record AdminSettings(String host, int port, String token, String hostname) {

    public AdminSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("admin port must be 0..65535, got " + port);
        }
        host = host == null || host.isBlank() ? "127.0.0.1" : host;
        token = token == null || token.isBlank() ? null : token;
        hostname = hostname == null || hostname.isBlank() ? "slipway-gateway" : hostname;
    }

    /** True when the address is a loopback address (literal addresses only; no name is resolved). */
    public boolean loopbackOnly() {
        if (host.equals("localhost")) return true;
        try {
            return isLiteral(host) && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Throws when the Admin API would listen beyond loopback without a token. */
    public void check() {
        if (!loopbackOnly() && token == null) {
            throw new IllegalStateException("the Admin API listens on " + host + ", beyond loopback: set "
                    + "SLIPWAY_GATEWAY_ADMIN_TOKEN so that every request must carry it");
        }
    }

    private static boolean isLiteral(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    @Override
    public String toString() {
        return "AdminSettings[host=" + host + ", port=" + port + ", token=" + (token == null ? "none" : "***") + "]";
    }
}
