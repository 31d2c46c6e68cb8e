package io.slipway.server.run;

import io.slipway.agent.step.Cancellation;
import io.slipway.agent.step.InputGate;
import io.slipway.server.api.ApiException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/**
 * The handle of one running build: abort (which interrupts every thread working for the build) and
 * the inputs it waits for. Thread-safe: the API thread aborts and answers while build threads run.
 */
public final class BuildControl implements Cancellation, InputGate {

    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final Map<String, Pending> inputs = new ConcurrentHashMap<>();
    private volatile String abortReason;

    /** A question the build waits on, with the future its answer completes. */
    public record Pending(Request request, CompletableFuture<Answer> answer) {
    }

    @Override
    public boolean isCancelled() {
        return abortReason != null;
    }

    /** Why the build was aborted, null while it was not. */
    public String abortReason() {
        return abortReason;
    }

    /** Aborts the build: wakes every waiting input and interrupts every build thread. */
    public void abort(String reason) {
        if (abortReason != null) {
            return;
        }
        abortReason = reason;
        inputs.values().forEach(p -> p.answer().cancel(true));
        threads.forEach(Thread::interrupt);
    }

    /** Registers the calling thread as working for this build until {@link #leave}. */
    public void enter() {
        threads.add(Thread.currentThread());
        if (isCancelled()) {
            Thread.currentThread().interrupt();
        }
    }

    public void leave() {
        threads.remove(Thread.currentThread());
    }

    @Override
    public Answer await(Request request) throws InterruptedException {
        return await(request, () -> { });
    }

    @Override
    public Answer await(Request request, Runnable onWaiting) throws InterruptedException {
        Pending pending = new Pending(request, new CompletableFuture<>());
        inputs.put(request.id(), pending);
        try {
            onWaiting.run();
            if (isCancelled()) {
                throw new InterruptedException("build aborted");
            }
            return pending.answer().get();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            throw new InterruptedException("build aborted");
        } finally {
            inputs.remove(request.id());
        }
    }

    public Collection<Pending> pendingInputs() {
        return List.copyOf(inputs.values());
    }

    /**
     * Answers a waiting input; 404 when the build waits for no input of that id, 403 when {@code by}
     * is not among the input's submitters.
     */
    public void answer(String id, Answer answer) {
        Pending pending = inputs.get(id);
        if (pending == null) {
            throw ApiException.notFound("input '" + id + "'");
        }
        String submitter = pending.request().submitter();
        if (submitter != null && !submitter.isBlank() && Arrays.stream(submitter.split(","))
                .map(String::trim).noneMatch(s -> s.equals(answer.by()))) {
            throw new ApiException(403, "'" + answer.by() + "' may not answer input '" + id
                    + "' (submitter: " + submitter + ")", List.of());
        }
        pending.answer().complete(answer);
    }
}
