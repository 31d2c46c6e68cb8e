package io.slipway.dsl.validate;

import io.slipway.dsl.cron.CronParseResult;
import io.slipway.dsl.cron.JenkinsCron;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cron and expression checks this build provides: cron specs go through {@link JenkinsCron} (errors and
 * Jenkins' sanity warnings). The expression check accepts everything until the expression checker of this
 * module is wired in here.
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
        return ExpressionCheck.acceptAll();
    }
}
