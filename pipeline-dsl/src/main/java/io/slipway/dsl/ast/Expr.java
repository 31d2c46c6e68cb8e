package io.slipway.dsl.ast;

/**
 * A Groovy expression as written in a Jenkinsfile. The family is closed so that the evaluator, the
 * declarative readers and the validator can all see every case; a construct the language subset
 * does not cover is a parse diagnostic, never a silently dropped node.
 */
public sealed interface Expr permits ConstantExpr, GStringExpr, VariableExpr, PropertyExpr, IndexExpr,
        MethodCallExpr, ListExpr, MapExpr, BinaryExpr, UnaryExpr, TernaryExpr, ElvisExpr, ClosureExpr,
        RangeExpr, CastExpr, NewExpr {

    SourcePos pos();
}
