package io.slipway.server.api;

import io.slipway.agent.step.InputGate;
import io.slipway.server.deploy.ReleasePlan;
import java.util.List;

/**
 * The input a running build waits at: its id (answer it at {@code POST .../input/{id}}), message, OK text,
 * who may answer and the parameters asked for, and the {@code plan}: what the remaining release steps will
 * change if it is approved (null when the planner has nothing to say).
 */
public record PendingInputView(String id, String message, String ok, String submitter, List<String> parameters,
        ReleasePlan plan) {

    public static PendingInputView of(InputGate.Request request, ReleasePlan plan) {
        return new PendingInputView(request.id(), request.message(), request.ok(), request.submitter(),
                request.parameters(), plan);
    }
}
