package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;

/** One {@code NAME = value} of an {@code environment} section. */
public record EnvVar(String name, Value value, SourcePos pos) {}
