package io.slipway.dsl.validate;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.cron.CronParseResult;
import io.slipway.dsl.diagnostic.Diagnostic;
import io.slipway.dsl.expr.ExpressionChecker;
import io.slipway.dsl.cron.JenkinsCron;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cron and expression checks this build provides: cron specs go through {@link JenkinsCron} (errors and
 * Jenkins' sanity warnings); Groovy goes through the evaluator's {@link ExpressionChecker}.
 */
final class StandardChecks {

    private StandardChecks() {
    }

    static CronCheck cron() {
        return spec -> {
            CronParseResult result = JenkinsCron.parse(spec, Optional.empty());
            List<CronCheck.Problem> problems = new ArrayList<>();
            result.errors().forEach(p -> problems.add(new CronCheck.Problem(p.line(), p.column(), p.message(), false)));
            result.warnings().forEach(p -> problems.add(new CronCheck.Problem(p.line(), p.column(), p.message(), true)));
            return problems;
        };
    }

    static ExpressionCheck expressions() {
        ExpressionChecker checker = new ExpressionChecker();
        return new ExpressionCheck() {
            @Override
            public List<Diagnostic> checkBody(List<Stmt> body) {
                return checker.check(body);
            }

            @Override
            public List<Diagnostic> checkExpr(Expr expr) {
                return checker.check(expr);
            }
        };
    }
}
