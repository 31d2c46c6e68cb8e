package io.slipway.gateway.proxy.balance;

/**
 * How one upstream balances and checks its targets. {@code hashOn} is Kong's {@code hash_on}
 * ({@code none}, {@code ip}, {@code header}, {@code consumer}, {@code cookie}), with
 * {@code hashOnHeader}/{@code hashOnCookie} naming the header or cookie.
 */
public record UpstreamSettings(String name, Algorithm algorithm, String hashOn, String hashOnHeader,
                               String hashOnCookie, ActiveCheck active, Thresholds passive) {

    public UpstreamSettings {
        algorithm = algorithm == null ? Algorithm.ROUND_ROBIN : algorithm;
        hashOn = hashOn == null ? "none" : hashOn;
        active = active == null ? ActiveCheck.defaults() : active;
        passive = passive == null ? Thresholds.passiveDefaults() : passive;
    }

    public static UpstreamSettings roundRobin(String name) {
        return new UpstreamSettings(name, Algorithm.ROUND_ROBIN, null, null, null, null, null);
    }

    public boolean healthchecksOn() {
        return active.enabled() || passive.enabled();
    }
}
