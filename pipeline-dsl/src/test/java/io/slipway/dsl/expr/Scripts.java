package io.slipway.dsl.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.ast.AssignStmt;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.parse.GroovyParser;
import io.slipway.dsl.parse.ParseResult;
import java.util.List;

/** Source text to AST through the real parser, for tests that read like the Jenkinsfiles they stand for. */
final class Scripts {

    private Scripts() {
    }

    /** One expression, parsed as the right side of {@code x = ...}. */
    static Expr expr(String source) {
        List<Stmt> statements = body("x = " + source);
        assertThat(statements).as("statements of %s", source).hasSize(1);
        return ((AssignStmt) statements.get(0)).value();
    }

    /** A block of statements, as in a {@code script { }} block. */
    static List<Stmt> body(String source) {
        ParseResult result = GroovyParser.parse("Jenkinsfile", source);
        assertThat(result.diagnostics()).as("parse diagnostics of %s", source).isEmpty();
        return result.ast().statements();
    }
}
