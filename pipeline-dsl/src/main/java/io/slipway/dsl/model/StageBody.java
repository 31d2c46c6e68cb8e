package io.slipway.dsl.model;

import java.util.List;

/** What a stage runs: steps, stages in parallel, stages one after another, or a matrix of cells. */
public sealed interface StageBody permits StageBody.StepsBody, StageBody.ParallelBody, StageBody.SequentialBody,
        StageBody.MatrixBody {

    /** {@code steps { }}. */
    record StepsBody(List<Step> steps) implements StageBody {

        public StepsBody {
            steps = List.copyOf(steps);
        }
    }

    /** {@code parallel { }}: branches run together. */
    record ParallelBody(List<Stage> stages) implements StageBody {

        public ParallelBody {
            stages = List.copyOf(stages);
        }
    }

    /** {@code stages { }} inside a stage. */
    record SequentialBody(List<Stage> stages) implements StageBody {

        public SequentialBody {
            stages = List.copyOf(stages);
        }
    }

    /** {@code matrix { }}. */
    record MatrixBody(Matrix matrix) implements StageBody {}
}
