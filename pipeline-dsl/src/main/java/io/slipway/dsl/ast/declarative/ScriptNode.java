package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.SourcePos;

/** {@code script { ... }}: a block of the Groovy subset, kept as its syntax tree. */
public record ScriptNode(ClosureExpr block, SourcePos pos) implements StepNode {}
