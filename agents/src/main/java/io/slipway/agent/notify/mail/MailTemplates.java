package io.slipway.agent.notify.mail;

import io.slipway.agent.notify.BuildSummary;

/**
 * Renders the default HTML body of a build mail (emailext's {@code $DEFAULT_CONTENT}), offered by the engine
 * through {@link io.slipway.agent.step.BuildExtensions}; the server's implementation picks the job's,
 * the server's or the built-in template. Thread-safe.
 */
@FunctionalInterface
public interface MailTemplates {

    /** The HTML body describing {@code summary}; a template error is an {@link IllegalStateException}. */
    String defaultContent(BuildSummary summary);
}
