package io.slipway.agent.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.ResponseItem;
import io.slipway.agent.log.LogSink;
import io.slipway.agent.step.StepFailure;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The progress stream of one engine call (build or push): writes the engine's output lines to the build log,
 * keeps the first error the engine reports and the digest or image id it announces. {@link #await} waits for
 * the end, bounded; an abort of the build closes the stream, which cancels the call on the engine's side.
 */
final class EngineCall<T extends ResponseItem> extends ResultCallback.Adapter<T> {

    private final LogSink log;
    private final String what;
    private volatile String error;
    private volatile String digest;
    private volatile String imageId;
    private volatile String lastStatus;

    EngineCall(LogSink log, String what) {
        this.log = log;
        this.what = what;
    }

    @Override
    public void onNext(T item) {
        if (item.getStream() != null) {
            item.getStream().lines().map(String::stripTrailing).filter(l -> !l.isEmpty()).forEach(log::line);
        }
        if (item.getStatus() != null && item.getProgressDetail() == null) {
            String line = (item.getId() == null ? "" : item.getId() + ": ") + item.getStatus();
            if (!line.equals(lastStatus)) {
                log.line(line);
                lastStatus = line;
            }
        }
        if (item.isErrorIndicated() && error == null) {
            error = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                    ? item.getErrorDetail().getMessage() : item.getError();
        }
        if (item.getAux() != null && item.getAux().getDigest() != null) {
            digest = item.getAux().getDigest();
        }
        if (item instanceof com.github.dockerjava.api.model.BuildResponseItem build && build.isBuildSuccessIndicated()) {
            imageId = build.getImageId();
        }
    }

    /** Waits until the engine ends the call; a {@link StepFailure} naming {@code what} on error or timeout. */
    void await(Duration timeout) throws InterruptedException {
        boolean ended;
        try {
            ended = awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            closeQuietly();
            throw e;
        } catch (RuntimeException e) {
            throw new StepFailure(what + " failed: " + message(e));
        }
        if (!ended) {
            closeQuietly();
            throw new StepFailure(what + " did not finish within " + timeout.toSeconds() + " s");
        }
        if (error != null) {
            throw new StepFailure(what + " failed: " + error.strip());
        }
    }

    String digest() {
        return digest;
    }

    String imageId() {
        return imageId;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // the call is being abandoned; nothing more to do
        }
    }

    static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }
}
