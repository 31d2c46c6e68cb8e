package io.slipway.server.run;

import io.slipway.dsl.expr.CurrentBuildView;
import io.slipway.server.build.Build;
import io.slipway.server.build.BuildStatus;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The result of a running build, which only ever gets worse, seen by scripts as {@code currentBuild}.
 * {@code result} reads null while the build is still successful and in its stages, as in Jenkins.
 * Thread-safe.
 */
final class BuildState implements CurrentBuildView {

    private final Build build;
    private final Optional<Build> previous;
    private final boolean rollback;
    private final long startMillis;
    private final AtomicReference<BuildStatus> result = new AtomicReference<>(BuildStatus.SUCCESS);
    private volatile boolean inPost;
    private volatile String displayName;
    private volatile String description;

    BuildState(Build build, Optional<Build> previous) {
        this(build, previous, false);
    }

    /** The state of a build that is ({@code rollback}) or is not a rollback to an earlier deployment. */
    BuildState(Build build, Optional<Build> previous, boolean rollback) {
        this.build = build;
        this.previous = previous;
        this.rollback = rollback;
        this.startMillis = System.currentTimeMillis();
    }

    BuildStatus status() {
        return result.get();
    }

    /** Makes the result {@code status} unless it is already worse. */
    void worsen(BuildStatus status) {
        result.accumulateAndGet(status, BuildStatus::worst);
    }

    /** Sets the result back to {@code status} for another attempt of the whole pipeline ({@code retry}). */
    void restore(BuildStatus status) {
        result.set(status);
    }

    void enterPost() {
        inPost = true;
    }

    Optional<Build> previous() {
        return previous;
    }

    @Override
    public int number() {
        return build.number();
    }

    @Override
    public String result() {
        BuildStatus status = result.get();
        return status == BuildStatus.SUCCESS && !inPost ? null : status.name();
    }

    @Override
    public void setResult(String value) {
        worsen(BuildStatus.valueOf(value.substring(value.lastIndexOf('.') + 1)));
    }

    @Override
    public String displayName() {
        return displayName != null ? displayName : "#" + build.number();
    }

    @Override
    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void setDescription(String description) {
        this.description = description;
    }

    @Override
    public Optional<CurrentBuildView> previousBuild() {
        return previous.map(PreviousBuild::new);
    }

    @Override
    public String projectName() {
        return build.job();
    }

    @Override
    public boolean rollback() {
        return rollback;
    }

    @Override
    public long startTimeInMillis() {
        return startMillis;
    }

    @Override
    public long duration() {
        return System.currentTimeMillis() - startMillis;
    }

    /** A finished build as {@code currentBuild.previousBuild} shows it: read-only. */
    private record PreviousBuild(Build build) implements CurrentBuildView {

        @Override
        public int number() {
            return build.number();
        }

        @Override
        public String result() {
            return build.status().name();
        }

        @Override
        public void setResult(String result) {
            throw new UnsupportedOperationException("previousBuild is read-only");
        }

        @Override
        public void setDisplayName(String displayName) {
            throw new UnsupportedOperationException("previousBuild is read-only");
        }

        @Override
        public String description() {
            return null;
        }

        @Override
        public void setDescription(String description) {
            throw new UnsupportedOperationException("previousBuild is read-only");
        }

        @Override
        public String projectName() {
            return build.job();
        }
    }
}
