package io.slipway.dsl.ast;

/**
 * A Groovy statement: the body of the script, of a closure, of a {@code script { }} block or of a
 * declarative section. In a {@code steps { }} section each statement is a step call
 * ({@link ExprStmt} of a {@link MethodCallExpr}); the validator reports anything else there.
 */
public sealed interface Stmt permits ExprStmt, DeclStmt, AssignStmt, IfStmt, ForInStmt, ClassicForStmt,
        WhileStmt, TryStmt, SwitchStmt, ReturnStmt, ThrowStmt, BreakStmt, ContinueStmt, AnnotatedStmt,
        MethodDefStmt {

    SourcePos pos();
}
