package io.slipway.agent.log;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces every known secret value in text with {@code ****}. Secrets are added while a build runs
 * (credentials bound by {@code withCredentials}) and never removed, so a value echoed after its
 * block ended is masked too. A multi-line secret (an SSH key) is also masked line by line, because
 * logs are written a line at a time. Thread-safe.
 */
public final class SecretMasker {

    public static final String MASK = "****";
    /** Shorter values would mask ordinary words and numbers all over the log. */
    private static final int MIN_LENGTH = 3;

    /** Replaced whole on every change, longest first, so readers never see a half-updated list. */
    private volatile List<String> secrets = List.of();

    /** Registers a secret value; blank and very short values are ignored. */
    public void add(String secret) {
        if (secret == null) {
            return;
        }
        addOne(secret);
        if (secret.contains("\n")) {
            for (String line : secret.split("\r?\n")) {
                addOne(line.strip());
            }
        }
    }

    private synchronized void addOne(String value) {
        if (value.isBlank() || value.length() < MIN_LENGTH || secrets.contains(value)) {
            return;
        }
        // Longest first, so a secret containing another is replaced whole.
        secrets = Stream.concat(secrets.stream(), Stream.of(value))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /**
     * The values masked now, for handing to a remote agent that masks the output of one step before
     * sending it. Never log or show them.
     */
    public List<String> values() {
        return secrets;
    }

    /** {@code text} with every registered secret replaced by {@link #MASK}. */
    public String mask(String text) {
        List<String> current = secrets;
        if (text == null || current.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : current) {
            if (result.contains(secret)) {
                result = result.replace(secret, MASK);
            }
        }
        return result;
    }
}
