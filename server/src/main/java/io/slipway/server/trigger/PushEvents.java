package io.slipway.server.trigger;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The point where verified pushes are published (by the webhook dispatcher, once per push, after
 * the delivery is recorded and its builds are queued) and where other triggers subscribe to them:
 * multibranch jobs add a sub-job when a push creates a branch and retire it when one is deleted.
 *
 * <p>Subscribers are called in subscription order on the publishing (HTTP) thread, so they must be
 * quick and hand long work (a scan, a fetch) to a thread of their own. A subscriber that throws is
 * logged and does not stop the others or the delivery. Thread-safe.
 */
public final class PushEvents {

    private static final Logger LOG = LoggerFactory.getLogger(PushEvents.class);

    private final List<Consumer<PushEvent>> subscribers = new CopyOnWriteArrayList<>();

    /** Adds {@code subscriber}; closing the returned handle removes it again. */
    public AutoCloseable subscribe(Consumer<PushEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /** Hands {@code event} to every subscriber. */
    public void publish(PushEvent event) {
        for (Consumer<PushEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.error("push subscriber failed on {} {}", event.repositoryUrl(), event.ref(), e);
            }
        }
    }
}
