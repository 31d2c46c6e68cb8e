package io.slipway.server.run;

import io.slipway.dsl.model.PostCondition;
import io.slipway.server.build.BuildStatus;
import java.util.Optional;

/** Whether a {@code post} condition holds for a result, given the previous build's result. */
final class PostConditions {

    private PostConditions() {
    }

    static boolean holds(PostCondition condition, BuildStatus current, Optional<BuildStatus> previous) {
        return switch (condition) {
            case ALWAYS, CLEANUP -> true;
            case CHANGED -> previous.isPresent() && previous.get() != current;
            case FIXED -> current == BuildStatus.SUCCESS
                    && previous.filter(p -> p == BuildStatus.FAILURE || p == BuildStatus.UNSTABLE).isPresent();
            case REGRESSION -> previous.filter(p -> current.severity() > p.severity()).isPresent();
            case ABORTED -> current == BuildStatus.ABORTED;
            case FAILURE -> current == BuildStatus.FAILURE;
            case SUCCESS -> current == BuildStatus.SUCCESS;
            case UNSUCCESSFUL -> current != BuildStatus.SUCCESS;
            case UNSTABLE -> current == BuildStatus.UNSTABLE;
            case NOT_BUILT -> current == BuildStatus.NOT_BUILT;
        };
    }
}
