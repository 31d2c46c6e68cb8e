package io.slipway.server.deploy;

import java.time.Instant;
import java.util.Objects;

/**
 * One change a release step made, as stored: which build and stage, what kind of thing
 * ({@code docker.image}, {@code kubernetes.deployment}, {@code consul.service}, {@code gateway.route},
 * {@code gateway.targets}, {@code gateway.snapshot}), which one ({@code target}), and its value before
 * (null when there was none) and after, as the step wrote them (text, often JSON).
 */
public record ReleaseChange(long id, String job, int build, String stage, String kind, String target,
        String before, String after, Instant at) {

    public ReleaseChange {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
    }

    /** The key under which a deployment's state keeps the latest value: kind and target. */
    public String key() {
        return kind + " " + target;
    }
}
