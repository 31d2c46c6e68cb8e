package io.slipway.dsl.model;

import io.slipway.dsl.ast.SourcePos;

/** {@code maven 'M3'}: a tool type and the name of its installation, put on the PATH of the stage. */
public record Tool(String type, Value installation, SourcePos pos) {}
