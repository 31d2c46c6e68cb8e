package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;

/** {@code maven 'apache-maven-3.9'} in a {@code tools} section: the tool type and its installation name. */
public record ToolNode(String type, Expr version, SourcePos pos) {}
