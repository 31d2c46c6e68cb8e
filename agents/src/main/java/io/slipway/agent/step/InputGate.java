package io.slipway.agent.step;

import java.util.List;
import java.util.Map;

/**
 * Where a build waits for a person: {@link #await} blocks until someone answers through the API or the
 * build is aborted (then it throws {@link InterruptedException}).
 */
@FunctionalInterface
public interface InputGate {

    /** Waits for an answer to {@code request}. */
    Answer await(Request request) throws InterruptedException;

    /**
     * Waits for an answer, running {@code onWaiting} once the request can be answered: a step tells
     * the user there, so that answering right after reading it never finds no input waiting.
     */
    default Answer await(Request request, Runnable onWaiting) throws InterruptedException {
        onWaiting.run();
        return await(request);
    }

    /**
     * What is asked: {@code id} (the API path segment), the message, the OK button's text, the
     * comma-separated user names allowed to answer (null: anyone), and parameter names asked for.
     */
    record Request(String id, String message, String ok, String submitter, List<String> parameters) {
        public Request {
            parameters = List.copyOf(parameters);
        }
    }

    /** The answer: proceed or abort, who answered, and the parameters supplied. */
    record Answer(boolean proceed, String by, Map<String, Object> parameters) {
        public Answer {
            parameters = Map.copyOf(parameters);
        }
    }
}
