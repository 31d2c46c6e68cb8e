package io.slipway.server.deploy;

import java.util.List;
import java.util.Objects;

/**
 * What the release steps after an input will change if it is approved, so that approvers approve a concrete
 * change: the environment and the deployment in place there now ({@code current}, null when none), and one
 * {@link PlannedChange} per release step call still to run, in pipeline order.
 */
public record ReleasePlan(String environment, Long current, List<PlannedChange> changes) {

    public ReleasePlan {
        Objects.requireNonNull(environment, "environment");
        changes = List.copyOf(changes);
    }

    /**
     * One release step call still to run: its stage and step, the kind and target it changes, the value in place
     * now ({@code from}, from the environment's current deployment; null when nothing is recorded there) and the
     * value it will set ({@code to}: the step's arguments as evaluated now). {@code unknown} says, per argument or
     * for the whole call, what cannot be known before the step runs and why (empty when everything is known);
     * {@code when} is the stage's condition when it cannot be decided yet.
     */
    public record PlannedChange(String stage, String step, String kind, String target, Object from, Object to,
            List<String> unknown, String when) {

        public PlannedChange {
            Objects.requireNonNull(step, "step");
            unknown = List.copyOf(unknown);
        }
    }
}
