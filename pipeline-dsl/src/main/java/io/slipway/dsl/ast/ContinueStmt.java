package io.slipway.dsl.ast;

/** {@code continue}. */
public record ContinueStmt(SourcePos pos) implements Stmt {}
