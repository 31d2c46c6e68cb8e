package io.slipway.agent.tests;

import java.util.Objects;

/**
 * One test case of a report: its class ({@code classname}, may be empty), its name, how it ended, the
 * failure's or skip's message (null when none), the failure's details (stack trace or output, null
 * when none, cut to a few kilobytes) and its duration.
 */
public record TestCaseResult(String className, String name, Status status, String message, String details,
        long durationMillis) {

    /** How a test case ended, as JUnit XML says it: an {@code <error>}, {@code <failure>} or {@code <skipped>}. */
    public enum Status { PASSED, FAILED, ERROR, SKIPPED }

    public TestCaseResult {
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the case counts as failing in Jenkins' sense (a failure or an error). */
    public boolean failing() {
        return status == Status.FAILED || status == Status.ERROR;
    }
}
