package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;

/** {@code agent none}: stages bring their own agents. */
public record NoneAgentNode(SourcePos pos) implements AgentNode {}
