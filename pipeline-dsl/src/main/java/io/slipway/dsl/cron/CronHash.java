package io.slipway.dsl.cron;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Random;

/**
 * The source of {@code H} values, behaving as Jenkins' {@code hudson.scheduler.Hash}: the MD5 digest of
 * the job's full name (UTF-8), its bytes 8-15 XOR-ed onto bytes 0-7, those 8 bytes read big-endian as
 * the seed of one {@link Random}; each {@code H} takes one {@code nextInt(n)}. One instance serves a
 * whole spec, so draws continue from line to line. Without a job name every draw is 0, as Jenkins'
 * {@code Hash.zero()}: each {@code H} takes the lowest value of its range. Not thread-safe.
 */
final class CronHash {

    private final Random random;

    private CronHash(Random random) {
        this.random = random;
    }

    static CronHash forJob(Optional<String> jobFullName) {
        return jobFullName.map(name -> new CronHash(new Random(seedOf(name)))).orElseGet(() -> new CronHash(null));
    }

    /** The {@link Random} seed Jenkins derives from {@code name}. */
    static long seedOf(String name) {
        byte[] digest = md5(name.getBytes(StandardCharsets.UTF_8));
        for (int i = 8; i < digest.length; i++) {
            digest[i % 8] ^= digest[i];
        }
        long seed = 0;
        for (int i = 0; i < 8; i++) {
            seed = (seed << 8) + (digest[i] & 0xFF);
        }
        return seed;
    }

    /** A value in {@code [0, n)}. */
    int next(int n) {
        return random == null ? 0 : random.nextInt(n);
    }

    private static byte[] md5(byte[] bytes) {
        try {
            // MD5 because Jenkins uses it; this is a spreading function, not security
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
