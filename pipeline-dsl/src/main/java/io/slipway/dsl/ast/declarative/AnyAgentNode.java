package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;

/** {@code agent any}. */
public record AnyAgentNode(SourcePos pos) implements AgentNode {}
