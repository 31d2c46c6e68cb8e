package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;

/** {@code lib('name@version')} of a {@code libraries} section. */
public record Library(String spec, SourcePos pos) {}
