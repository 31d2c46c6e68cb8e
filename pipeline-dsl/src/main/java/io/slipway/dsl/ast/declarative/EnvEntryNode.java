package io.slipway.dsl.ast.declarative;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.SourcePos;

/**
 * {@code NAME = value} in an {@code environment} section; the value is a literal, a GString, a
 * {@code credentials('id')} call or a concatenation, kept as Groovy.
 */
public record EnvEntryNode(String name, Expr value, SourcePos pos) {}
