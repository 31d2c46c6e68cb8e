package io.slipway.dsl.ast;

import java.util.Optional;

/** {@code return} or {@code return value}. */
public record ReturnStmt(Optional<Expr> value, SourcePos pos) implements Stmt {}
