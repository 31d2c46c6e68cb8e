package io.slipway.dsl.ast;

/** {@code import a.b.C}, {@code import static a.b.C.m}, {@code import a.b.*}; kept so a lint can name it. */
public record ImportDecl(String name, boolean isStatic, SourcePos pos) {}
