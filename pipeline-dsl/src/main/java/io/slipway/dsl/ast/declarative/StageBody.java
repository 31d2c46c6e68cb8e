package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;

/** What a stage runs: steps, parallel stages, a matrix or sequential nested stages. */
public sealed interface StageBody permits Steps, ParallelStages, MatrixStages, NestedStages {

    SourcePos pos();

    /** The keyword that introduces this body in a stage. */
    String keyword();
}
