package io.slipway.agent.tests;

/**
 * Where a build keeps the test reports its {@code junit} steps record; the engine offers one per build
 * through {@link io.slipway.agent.step.BuildExtensions}. Reports of several {@code junit} calls add up.
 * Thread-safe: parallel branches record at once.
 */
public interface TestResultRecorder {

    /** Adds {@code report} to the build's tests and returns the build's whole report so far. */
    TestReport record(TestReport report);
}
