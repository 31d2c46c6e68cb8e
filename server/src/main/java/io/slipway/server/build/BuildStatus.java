package io.slipway.server.build;

/** A build's status with Jenkins' names; the last five are results, the first two are not yet. */
public enum BuildStatus {
    QUEUED, RUNNING, SUCCESS, UNSTABLE, FAILURE, ABORTED, NOT_BUILT;

    /** Whether the build has ended. */
    public boolean isFinal() {
        return this != QUEUED && this != RUNNING;
    }

    /** How bad a result is, for "a result only gets worse": SUCCESS 0 ... ABORTED 4 (Jenkins' ordinals). */
    public int severity() {
        return switch (this) {
            case QUEUED, RUNNING, SUCCESS -> 0;
            case UNSTABLE -> 1;
            case FAILURE -> 2;
            case NOT_BUILT -> 3;
            case ABORTED -> 4;
        };
    }

    /** The worse of two results. */
    public BuildStatus worst(BuildStatus other) {
        return other.severity() > severity() ? other : this;
    }
}
