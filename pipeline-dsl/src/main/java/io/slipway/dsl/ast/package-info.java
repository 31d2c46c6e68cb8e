/**
 * The syntax tree of a Jenkinsfile read as Groovy: immutable records in two closed families,
 * {@link io.slipway.dsl.ast.Expr} and {@link io.slipway.dsl.ast.Stmt}, each node with its
 * {@link io.slipway.dsl.ast.SourcePos}. Nothing here knows declarative pipeline semantics.
 */
package io.slipway.dsl.ast;
