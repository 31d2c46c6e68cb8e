package io.slipway.dsl.ast;

import java.util.List;

/**
 * A whole Jenkinsfile as Groovy: its imports and its top-level statements, among which the
 * declarative readers look for the one {@code pipeline { }} call.
 */
public record ScriptAst(String file, List<ImportDecl> imports, List<Stmt> statements) {

    public ScriptAst {
        imports = List.copyOf(imports);
        statements = List.copyOf(statements);
    }
}
