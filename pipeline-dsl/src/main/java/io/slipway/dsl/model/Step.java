package io.slipway.dsl.model;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.ast.Stmt;
import java.util.List;
import java.util.Optional;

/** An entry of a steps block: a call of a known step, or a {@code script} block of Groovy. */
public sealed interface Step permits Step.StepCall, Step.ScriptBlock {

    SourcePos pos();

    /**
     * {@code sh 'make'}, {@code git url: '...', branch: 'main'}, {@code dir('x') { ... }}: the step's name, its
     * positional and named arguments as Groovy (evaluated when the step runs), and the nested steps of a
     * block step.
     */
    record StepCall(String name, List<Expr> args, List<NamedArg> named, Optional<List<Step>> body, SourcePos pos)
            implements Step {

        public StepCall {
            args = List.copyOf(args);
            named = List.copyOf(named);
            body = body.map(List::copyOf);
        }

        public Optional<Expr> arg(String key) {
            return named.stream().filter(a -> a.name().equals(key)).map(NamedArg::value).findFirst();
        }
    }

    /** {@code script { ... }}: statements of the Groovy subset, run by the evaluator. */
    record ScriptBlock(List<Stmt> body, SourcePos pos) implements Step {

        public ScriptBlock {
            body = List.copyOf(body);
        }
    }
}
