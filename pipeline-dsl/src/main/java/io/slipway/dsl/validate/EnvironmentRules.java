package io.slipway.dsl.validate;

import io.slipway.dsl.ast.declarative.EnvEntryNode;
import io.slipway.dsl.ast.declarative.SectionNode;
import io.slipway.dsl.ast.BinaryExpr;
import io.slipway.dsl.ast.BinaryOp;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an {@code environment} section: not empty, names usable as shell variables, and
 * {@code credentials('id')} only as a whole value.
 */
final class EnvironmentRules {

    private static final Set<BinaryOp> ARITHMETIC = Set.of(BinaryOp.MINUS, BinaryOp.MULTIPLY, BinaryOp.DIVIDE,
            BinaryOp.MODULO, BinaryOp.POWER);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Report report;
    private final ExpressionCheck expressions;

    EnvironmentRules(Report report, ExpressionCheck expressions) {
        this.report = report;
        this.expressions = expressions;
    }

    void check(SectionNode<EnvEntryNode> section) {
        for (EnvEntryNode entry : section.entries()) {
            if (!NAME.matcher(entry.name()).matches()) {
                report.error(entry.pos(), ValidationMessages.invalidEnvName(entry.name()),
                        ValidationMessages.envNameHint());
            }
            if (SyntaxWalk.isCredentialsCall(entry.value())) {
                continue;
            }
            report.all(expressions.checkExpr(entry.value()));
            SyntaxWalk.each(entry.value(), e -> {
                if (SyntaxWalk.isCredentialsCall(e)) {
                    report.error(e.pos(), ValidationMessages.credentialsNotWholeValue(),
                            "write NAME = credentials('id') on a line of its own");
                } else if (e instanceof BinaryExpr b && ARITHMETIC.contains(b.op())) {
                    report.error(b.pos(), ValidationMessages.envValueOperator(b.op().symbol()));
                }
                SyntaxWalk.bareDollarCurly(e).ifPresent(text ->
                        report.error(e.pos(), ValidationMessages.bareDollarCurly(text)));
            });
        }
    }
}
