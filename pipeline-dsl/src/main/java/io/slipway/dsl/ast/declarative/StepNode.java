package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;

/** An entry of a {@code steps { }} block: a step call or a {@code script { }} block. */
public sealed interface StepNode permits StepCallNode, ScriptNode {

    SourcePos pos();
}
