package io.slipway.dsl.ast;

/** A named argument of a call ({@code returnStdout: true}); Groovy collects these into a map. */
public record NamedArg(String name, Expr value, SourcePos pos) {}
