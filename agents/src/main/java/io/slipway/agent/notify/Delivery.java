package io.slipway.agent.notify;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.time.Duration;

/**
 * Delivers one notification under the build's {@link DeliveryPolicy}: retries a retryable failure with
 * doubling backoff, logs every failed try with its reason, and when the last try fails either logs a
 * warning and leaves the build's result as it was (the default: a notification channel that fails must
 * not fail a release) or, with {@code failOnError: true}, fails the step. Every line goes through the
 * build's secret masker. Waiting is interruptible, so an abort ends the retries.
 */
public final class Delivery {

    /** One try at sending; returns the line to log on success. */
    @FunctionalInterface
    public interface Attempt {
        String send() throws NotificationException, InterruptedException;
    }

    private Delivery() {
    }

    /**
     * Runs {@code attempt} until it succeeds, fails permanently or the tries are used up.
     *
     * @param what what is being sent, for messages ("mail", "Slack message")
     */
    public static StepResult deliver(StepCall call, StepContext ctx, String what, Attempt attempt)
            throws InterruptedException {
        DeliveryPolicy policy = ctx.services().extensions().find(DeliveryPolicy.class)
                .orElse(DeliveryPolicy.standard());
        boolean failOnError = call.flag("failOnError", false);
        Duration wait = policy.backoff();
        NotificationException last = null;
        for (int i = 1; i <= policy.attempts(); i++) {
            try {
                String done = attempt.send();
                ctx.log().line(mask(ctx, "[" + call.name() + "] " + done));
                return StepResult.none();
            } catch (NotificationException e) {
                last = e;
                if (!e.retryable() || i == policy.attempts()) {
                    break;
                }
                ctx.log().line(mask(ctx, "[" + call.name() + "] attempt " + i + " of " + policy.attempts()
                        + " failed: " + e.getMessage() + "; retrying in " + wait.toMillis() + " ms"));
                ctx.cancellation().check();
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2);
            }
        }
        String reason = mask(ctx, what + " was not sent: " + last.getMessage());
        if (failOnError) {
            throw new StepFailure(call.location() + ": " + call.name() + ": " + reason);
        }
        ctx.log().line("[" + call.name() + "] WARNING: " + reason
                + " (the build's result is unchanged; failOnError: true would fail the step)");
        return StepResult.none();
    }

    private static String mask(StepContext ctx, String text) {
        return ctx.services().masker().mask(text);
    }
}
