package io.slipway.dsl.cron;

import java.util.Arrays;
import java.util.Optional;

/**
 * The {@code @} aliases and the specs Jenkins' grammar expands them to. They use {@code H}, so with a job
 * name they spread over the hour or day; without one they fall on the lowest values (e.g. midnight).
 */
enum CronAlias {
    YEARLY("H H H H *"),
    ANNUALLY("H H H H *"),
    MONTHLY("H H H * *"),
    WEEKLY("H H * * H"),
    DAILY("H H * * *"),
    MIDNIGHT("H H(0-2) * * *"),
    HOURLY("H * * * *");

    final String expansion;

    CronAlias(String expansion) {
        this.expansion = expansion;
    }

    /** The alias for a word such as {@code daily} (case-sensitive, as in Jenkins). */
    static Optional<CronAlias> of(String word) {
        return Arrays.stream(values()).filter(a -> a.word().equals(word)).findFirst();
    }

    String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
