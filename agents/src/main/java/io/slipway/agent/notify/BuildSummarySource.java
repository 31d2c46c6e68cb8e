package io.slipway.agent.notify;

/**
 * The engine's view of the running build for notification steps, offered through
 * {@link io.slipway.agent.step.BuildExtensions}. Each call reads the build as it stands now (status so
 * far, failed stage, log tail). Thread-safe.
 */
public interface BuildSummarySource {

    /** The build as it stands now. */
    BuildSummary current();

    /** The whole log written so far (already masked), for {@code attachLog: true}. */
    String fullLog();
}
