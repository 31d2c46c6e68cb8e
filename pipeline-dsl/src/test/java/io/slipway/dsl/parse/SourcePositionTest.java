package io.slipway.dsl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.dsl.ast.AssignStmt;
import io.slipway.dsl.ast.BinaryExpr;
import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.GStringExpr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePositionTest {

    private static List<Stmt> parse(String source) {
        ParseResult result = GroovyParser.parse("ci/Jenkinsfile", source);
        assertThat(result.diagnostics()).isEmpty();
        return result.ast().statements();
    }

    private static String at(SourcePos pos) {
        return pos.line() + ":" + pos.column();
    }

    @Test
    void everyNodeStartsWhereItsTextStartsAndBinaryExpressionsAtTheirOperator() {
        List<Stmt> stmts = parse("pipeline {\n\tstages {\n    stage('b') {\n      steps { sh script: 'x', returnStdout: true }\n    }\n  }\n}\nx = a +\n  b");
        MethodCallExpr pipeline = (MethodCallExpr) ((ExprStmt) stmts.get(0)).expr();
        assertThat(pipeline.pos()).isEqualTo(new SourcePos("ci/Jenkinsfile", 1, 1));
        ClosureExpr body = pipeline.closure().orElseThrow();
        assertThat(at(body.pos())).isEqualTo("1:10");
        MethodCallExpr stages = (MethodCallExpr) ((ExprStmt) body.body().get(0)).expr();
        assertThat(at(stages.pos())).as("a tab counts as one column").isEqualTo("2:2");
        MethodCallExpr stage = (MethodCallExpr) ((ExprStmt) stages.closure().orElseThrow().body().get(0)).expr();
        assertThat(at(stage.pos())).isEqualTo("3:5");
        assertThat(at(stage.args().get(0).pos())).isEqualTo("3:11");
        MethodCallExpr steps = (MethodCallExpr) ((ExprStmt) stage.closure().orElseThrow().body().get(0)).expr();
        MethodCallExpr sh = (MethodCallExpr) ((ExprStmt) steps.closure().orElseThrow().body().get(0)).expr();
        assertThat(at(sh.pos())).isEqualTo("4:15");
        NamedArg returnStdout = sh.named().get(1);
        assertThat(at(returnStdout.pos())).isEqualTo("4:31");
        assertThat(at(returnStdout.value().pos())).isEqualTo("4:45");
        AssignStmt assign = (AssignStmt) stmts.get(1);
        assertThat(at(assign.pos())).isEqualTo("8:1");
        assertThat(at(((BinaryExpr) assign.value()).pos())).isEqualTo("8:7");
    }

    @Test
    void interpolatedExpressionsKnowTheirPlaceInTheFile() {
        List<Stmt> stmts = parse("echo \"a ${env.X} $b\"");
        MethodCallExpr echo = (MethodCallExpr) ((ExprStmt) stmts.get(0)).expr();
        GStringExpr text = (GStringExpr) echo.args().get(0);
        assertThat(at(text.pos())).isEqualTo("1:6");
        assertThat(at(text.values().get(0).pos())).isEqualTo("1:11");
        assertThat(at(text.values().get(1).pos())).isEqualTo("1:19");
    }
}
