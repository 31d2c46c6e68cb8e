package io.slipway.dsl.ast;

import java.util.List;

/** {@code switch (subject) { case ...: default: }}; an empty {@code defaultBody} means no default. */
public record SwitchStmt(Expr subject, List<CaseClause> cases, List<Stmt> defaultBody, SourcePos pos)
        implements Stmt {

    public SwitchStmt {
        cases = List.copyOf(cases);
        defaultBody = List.copyOf(defaultBody);
    }
}
