package io.slipway.dsl.expr;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.GStringExpr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.MethodDefStmt;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates the Groovy subset of pipelines: {@code when { expression { } }} conditions, step arguments
 * and {@code script { }} blocks.
 * <p>
 * One instance per build: it holds the script's bindings (variables assigned without {@code def}), which
 * Jenkins shares between all script blocks of a run. Each call takes the {@link EvalContext} of the
 * moment (a stage's environment, say). Calls may come from several threads (parallel branches); the
 * bindings are synchronized, everything else is per call.
 * <p>
 * Failures: {@link EvalException} for what the script got wrong or the interpreter cannot do (with
 * place and message), {@link PipelineError} for a script error nobody caught ({@code error 'x'}, an
 * uncaught {@code throw}), and whatever the {@link StepInvoker} throws besides those, unchanged.
 * <p>
 * What the caller provides: every step, including {@code echo}, {@code error}, {@code println} and
 * scripted {@code stage}/{@code node}; globals such as {@code scm} through {@link EvalContext#global};
 * and the Jenkinsfile's top-level methods through {@link #defineMethods}. What {@link ExpressionChecker}
 * accepts, this class can evaluate.
 */
public final class Interpreter {

    private final Scope bindings = Scope.root();
    private final Map<String, MethodDefStmt> methods = new ConcurrentHashMap<>();

    /** The value of an expression, such as a step argument. */
    public Object evaluate(Expr expr, EvalContext ctx) {
        Session session = new Session(ctx, bindings, methods);
        try {
            return session.evaluator.eval(expr, bindings.child());
        } catch (StackOverflowError tooDeep) {
            throw EvalException.unsupported(expr.pos(), ExprMessages.nestedTooDeeply());
        }
    }

    /** An expression's Groovy truth: {@code null}, {@code false}, {@code 0} and empty values are false. */
    public boolean evaluateCondition(Expr expr, EvalContext ctx) {
        return GroovyTruth.test(evaluate(expr, ctx));
    }

    /**
     * The Groovy truth of a {@code when { expression { ... } }} body: the value of its {@code return}, or
     * of its last expression statement.
     */
    public boolean evaluateCondition(List<Stmt> body, EvalContext ctx) {
        return GroovyTruth.test(evaluateBody(body, ctx));
    }

    /** The value of a closure-like body, as {@link #evaluateCondition(List, EvalContext)} computes it. */
    public Object evaluateBody(List<Stmt> body, EvalContext ctx) {
        Session session = new Session(ctx, bindings, methods);
        try {
            return session.executor.runForValue(body, bindings.child());
        } catch (ControlFlow.Return r) {
            return r.value;
        } catch (ControlFlow.Break | ControlFlow.Continue misplaced) {
            throw EvalException.unsupported(body.get(0).pos(), "'break' or 'continue' outside a loop");
        } catch (StackOverflowError tooDeep) {
            // the closure depth bound normally stops recursion first; this guards small thread stacks
            throw EvalException.unsupported(body.get(0).pos(), ExprMessages.nestedTooDeeply());
        }
    }

    /** A GString rendered as Groovy renders it ({@code "${[1, 2]}"} is {@code [1, 2]}). */
    public String interpolate(GStringExpr gstring, EvalContext ctx) {
        Session session = new Session(ctx, bindings, methods);
        return session.evaluator.interpolate(gstring, bindings.child());
    }

    /** Groovy's {@code toString} of a value this interpreter produced, for steps that print it ({@code echo}). */
    public static String render(Object value) {
        return GroovyText.render(value);
    }

    /** Groovy truth of a value this interpreter produced. */
    public static boolean truth(Object value) {
        return GroovyTruth.test(value);
    }

    /**
     * Registers the methods a Jenkinsfile defines at its top level ({@code def helper(x) { }}), so that
     * script blocks and expressions can call them; other statements are not run.
     */
    public void defineMethods(List<Stmt> scriptStatements) {
        for (Stmt s : scriptStatements) {
            Stmt target = s instanceof io.slipway.dsl.ast.AnnotatedStmt a ? a.target() : s;
            if (target instanceof MethodDefStmt m) {
                methods.put(m.name(), m);
            }
        }
    }

    /** Runs the statements of a {@code script { }} block; a {@code return} ends the block. */
    public void run(List<Stmt> statements, EvalContext ctx) {
        evaluateBody(statements, ctx);
    }
}
