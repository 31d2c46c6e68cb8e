package io.slipway.dsl.ast;

import java.util.Optional;

/** {@code def name = init} or {@code String name = init}; {@code type} is {@code def} or the declared type. */
public record DeclStmt(String type, String name, Optional<Expr> init, SourcePos pos) implements Stmt {}
