package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.SourcePos;

/**
 * An {@code agent} section: {@code agent any}, {@code agent none}, or a typed block
 * ({@code agent { label 'x' }}, {@code agent { docker { image 'x' } }}...).
 */
public sealed interface AgentNode permits AnyAgentNode, NoneAgentNode, TypedAgentNode {

    SourcePos pos();
}
