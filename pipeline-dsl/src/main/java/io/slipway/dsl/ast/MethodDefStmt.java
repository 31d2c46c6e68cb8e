package io.slipway.dsl.ast;

import java.util.List;

/**
 * {@code def name(a, b) { statements }}: a method defined in the script, as Jenkinsfiles define helpers
 * next to (or instead of) the {@code pipeline} block. {@code params} are the parameter names in order;
 * declared types are not kept.
 */
public record MethodDefStmt(String name, List<String> params, List<Stmt> body, SourcePos pos) implements Stmt {

    public MethodDefStmt {
        params = List.copyOf(params);
        body = List.copyOf(body);
    }
}
