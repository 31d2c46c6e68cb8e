package io.slipway.gateway.proxy.balance;

/** A configured target: an address literal (here always 127.0.0.1-style IPs) or host name, port and weight. */
public record TargetSpec(String host, int port, int weight) {

    public TargetSpec {
        if (weight < 0 || weight > 65535) {
            throw new IllegalArgumentException("target " + host + ":" + port + ": weight must be 0..65535");
        }
    }

    /** Parses Kong's {@code target} field, {@code host[:port]} (port 8000 when absent, as in Kong). */
    public static TargetSpec parse(String target, int weight) {
        int colon = target.lastIndexOf(':');
        if (colon > 0 && target.indexOf(']') < colon) {
            return new TargetSpec(target.substring(0, colon).replace("[", "").replace("]", ""),
                    Integer.parseInt(target.substring(colon + 1)), weight);
        }
        return new TargetSpec(target, 8000, weight);
    }

    public String name() {
        return host + ":" + port;
    }
}
