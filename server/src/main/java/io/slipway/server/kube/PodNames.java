package io.slipway.server.kube;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Names and label values Kubernetes accepts, made from a job's name and build number: pod and secret names
 * are DNS-1123 labels (lowercase letters, digits and '-', at most 63, alphanumeric at both ends); label
 * values allow upper case, '.' and '_' too. Job names may hold '/', spaces and other characters, which
 * become '-'.
 */
final class PodNames {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
    private static final int MAX = 63;

    private PodNames() {
    }

    /** {@code slipway-<job>-<number>-<5 random characters>}, as Jenkins names pods after their label. */
    static String podName(String job, int number) {
        StringBuilder suffix = new StringBuilder("-").append(number).append('-');
        for (int i = 0; i < 5; i++) {
            suffix.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String base = dnsLabel("slipway-" + job.toLowerCase(Locale.ROOT));
        int room = MAX - suffix.length();
        base = trimEnd(base.length() > room ? base.substring(0, room) : base);
        return base + suffix;
    }

    /** {@code <job>-<number>} as a label value (the value of {@code slipway.io/build}). */
    static String buildLabel(String job, int number) {
        String suffix = "-" + number;
        String base = job.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        int room = MAX - suffix.length();
        base = base.length() > room ? base.substring(0, room) : base;
        base = base.replaceAll("[^A-Za-z0-9]+$", "");
        return (base.isEmpty() ? "build" : base) + suffix;
    }

    /** Any text as a label value: invalid characters become '-', cut to 63, alphanumeric ends. */
    static String labelValue(String text) {
        String value = text.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
        value = value.length() > MAX ? value.substring(0, MAX) : value;
        return value.replaceAll("[^A-Za-z0-9]+$", "");
    }

    private static String dnsLabel(String text) {
        return text.replaceAll("[^a-z0-9-]+", "-").replaceAll("-{2,}", "-");
    }

    private static String trimEnd(String text) {
        return text.replaceAll("-+$", "");
    }
}
