package io.slipway.dsl.ast;

import java.util.List;

/** {@code try { } catch (...) { } finally { }}; an empty {@code finallyBody} means none was written. */
public record TryStmt(List<Stmt> body, List<CatchClause> catches, List<Stmt> finallyBody, SourcePos pos)
        implements Stmt {

    public TryStmt {
        body = List.copyOf(body);
        catches = List.copyOf(catches);
        finallyBody = List.copyOf(finallyBody);
    }
}
