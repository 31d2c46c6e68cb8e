package io.slipway.agent.builtin;

import io.slipway.agent.step.StepCall;
import io.slipway.agent.step.StepContext;
import io.slipway.agent.step.StepExecutor;
import io.slipway.agent.step.StepFailure;
import io.slipway.agent.step.StepResult;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code timeout(time: 5, unit: 'MINUTES') { ... }} ({@code timeout(5)} means minutes): interrupts
 * the block when time is up and fails with ABORTED, as Jenkins does.
 */
public final class TimeoutStep implements StepExecutor {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "step-timeout");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public String step() {
        return "timeout";
    }

    @Override
    public StepResult run(StepCall call, StepContext ctx) throws InterruptedException {
        Duration limit = TimeUnits.duration(call.requiredNumber("time"), call.text("unit", "MINUTES"),
                call.location());
        Thread worker = Thread.currentThread();
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> alarm = TIMER.schedule(() -> {
            expired.set(true);
            worker.interrupt();
        }, limit.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return StepResult.of(call.requiredBody().run(ctx));
        } catch (InterruptedException | StepFailure e) {
            if (expired.get() && !ctx.cancellation().isCancelled()) {
                Thread.interrupted();
                throw new StepFailure("Timeout has been exceeded (" + limit.toMillis() + " ms)", "ABORTED");
            }
            throw e;
        } finally {
            alarm.cancel(false);
            if (expired.get() && !ctx.cancellation().isCancelled()) {
                Thread.interrupted();
            }
        }
    }
}
