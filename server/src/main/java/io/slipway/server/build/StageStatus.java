package io.slipway.server.build;

/** A stage's status: the build results, plus RUNNING while it runs and SKIPPED when {@code when} said no. */
public enum StageStatus {
    RUNNING, SUCCESS, UNSTABLE, FAILURE, ABORTED, NOT_BUILT, SKIPPED
}
