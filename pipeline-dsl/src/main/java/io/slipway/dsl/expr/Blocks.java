package io.slipway.dsl.expr;

import io.slipway.dsl.ast.CaseClause;
import io.slipway.dsl.ast.CatchClause;
import io.slipway.dsl.ast.ClassicForStmt;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.ForInStmt;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.SwitchStmt;
import io.slipway.dsl.ast.TryStmt;
import io.slipway.dsl.ast.WhileStmt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loops (each bounded by {@link Loops#LIMIT} iterations), {@code try/catch/finally} and {@code switch}.
 * A {@code catch} sees script-level failures only: {@link PipelineError}s and the Groovy runtime errors
 * of {@link EvalException}; unsupported constructs and exceeded limits pass every catch.
 */
final class Blocks {

    private final Session session;
    private final Executor executor;

    Blocks(Session session, Executor executor) {
        this.session = session;
        this.executor = executor;
    }

    void forIn(ForInStmt f, Scope scope) {
        Object iterable = session.evaluator.eval(f.iterable(), scope);
        Iterable<?> items = iterate(iterable, f);
        long n = 0;
        for (Object item : items) {
            Loops.check(++n);
            Scope body = scope.child();
            body.declare(variable(f.variable()), item);
            try {
                executor.run(f.body(), body);
            } catch (ControlFlow.Break b) {
                break;
            } catch (ControlFlow.Continue c) {
                // next item
            }
        }
    }

    private static String variable(String written) {
        String t = written.trim();
        return t.substring(t.lastIndexOf(' ') + 1);
    }

    private static Iterable<?> iterate(Object value, ForInStmt f) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof RangeValue r) {
            return r;
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        if (value instanceof Map<?, ?> m) {
            return new ArrayList<>(m.entrySet());
        }
        if (value instanceof String s) {
            return StringMethods.chars(s);
        }
        throw new EvalException(f.iterable().pos(), ExprMessages.notIterable(GroovyTypes.name(value)),
                "groovy.lang.MissingMethodException");
    }

    void classicFor(ClassicForStmt f, Scope scope) {
        Scope loop = scope.child();
        f.init().ifPresent(s -> executor.exec(s, loop));
        long n = 0;
        while (f.condition().map(c -> GroovyTruth.test(session.evaluator.eval(c, loop))).orElse(true)) {
            loopCheck(++n, f.pos());
            try {
                executor.run(f.body(), loop.child());
            } catch (ControlFlow.Break b) {
                break;
            } catch (ControlFlow.Continue c) {
                // on to the update
            }
            f.update().ifPresent(s -> executor.exec(s, loop));
        }
    }

    void whileLoop(WhileStmt w, Scope scope) {
        long n = 0;
        while (GroovyTruth.test(session.evaluator.eval(w.condition(), scope))) {
            loopCheck(++n, w.pos());
            try {
                executor.run(w.body(), scope.child());
            } catch (ControlFlow.Break b) {
                break;
            } catch (ControlFlow.Continue c) {
                // re-test the condition
            }
        }
    }

    private static void loopCheck(long n, io.slipway.dsl.ast.SourcePos pos) {
        if (n > Loops.LIMIT) {
            throw EvalException.unsupported(pos, ExprMessages.loopLimit(Loops.LIMIT));
        }
    }

    /** Runs a try statement; its value (for a closure's last statement) is the try or the catch block's. */
    Object tryCatch(TryStmt t, Scope scope) {
        try {
            return executor.runForValue(t.body(), scope.child());
        } catch (PipelineError | EvalException failure) {
            Optional<PipelineError> error = failure instanceof PipelineError p ? Optional.of(p)
                    : ((EvalException) failure).asPipelineError();
            CatchClause clause = error.flatMap(e -> matching(t.catches(), e)).orElse(null);
            if (clause == null) {
                throw failure;
            }
            Scope handler = scope.child();
            handler.declare(clause.variable(), error.get());
            return executor.runForValue(clause.body(), handler);
        } finally {
            if (!t.finallyBody().isEmpty()) {
                executor.run(t.finallyBody(), scope.child());
            }
        }
    }

    private static Optional<CatchClause> matching(List<CatchClause> catches, PipelineError e) {
        for (CatchClause c : catches) {
            String type = c.type() == null || c.type().isBlank() ? "Exception" : c.type();
            for (String alternative : type.split("\\|")) {
                String written = alternative.trim();
                if (written.equals("def") || written.equals("Object") || ExceptionTypes.catches(written, e.type())) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Runs a switch; its value (for a closure's last statement) is that of the last statement run before
     * the {@code break} or the end, as Groovy's implicit return gives it.
     */
    Object switchCase(SwitchStmt sw, Scope scope) {
        Object subject = session.evaluator.eval(sw.subject(), scope);
        Scope body = scope.child();
        boolean matched = false;
        Object[] last = new Object[1];
        try {
            for (CaseClause c : sw.cases()) {
                if (!matched) {
                    for (Expr label : c.values()) {
                        if (GroovyEquality.isCase(session.evaluator.eval(label, scope), subject)) {
                            matched = true;
                            break;
                        }
                    }
                }
                if (matched) {
                    runAll(c.body(), body, last);
                }
            }
            runAll(sw.defaultBody(), body, last);
        } catch (ControlFlow.Break b) {
            // a break leaves the switch
        }
        return last[0];
    }

    /** Runs statements, leaving in {@code last[0]} the value of the last one run (null unless an expression). */
    private void runAll(List<Stmt> body, Scope scope, Object[] last) {
        for (Stmt s : body) {
            last[0] = null;
            if (s instanceof io.slipway.dsl.ast.ExprStmt e) {
                last[0] = session.evaluator.eval(e.expr(), scope);
            } else {
                executor.exec(s, scope);
            }
        }
    }
}
