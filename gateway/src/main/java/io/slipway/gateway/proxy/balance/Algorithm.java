package io.slipway.gateway.proxy.balance;

import java.util.Locale;

/** Kong's {@code upstream.algorithm} values. */
public enum Algorithm {
    ROUND_ROBIN, LEAST_CONNECTIONS, CONSISTENT_HASHING;

    /** Parses Kong's spelling ({@code round-robin}, {@code least-connections}, {@code consistent-hashing}). */
    public static Algorithm parse(String text) {
        if (text == null || text.isEmpty()) {
            return ROUND_ROBIN;
        }
        try {
            return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown algorithm '" + text
                    + "' (expected round-robin, least-connections or consistent-hashing)", e);
        }
    }
}
