package io.slipway.dsl.expr;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.MethodDefStmt;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One evaluation against one {@link EvalContext}: the expression evaluator and statement executor that
 * share the interpreter's script bindings. Closures created here keep their session, so a closure a step
 * calls later still runs against the context it was written in.
 */
final class Session {

    static final int MAX_CLOSURE_DEPTH = 200;

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    final EvalContext ctx;
    final Scope globals;
    final Map<String, MethodDefStmt> methods;
    final Evaluator evaluator;
    final Executor executor;

    Session(EvalContext ctx, Scope globals, Map<String, MethodDefStmt> methods) {
        this.ctx = ctx;
        this.globals = globals;
        this.methods = methods;
        this.evaluator = new Evaluator(this);
        this.executor = new Executor(this);
    }

    Object callClosure(ClosureValue c, List<Object> args) {
        int[] depth = DEPTH.get();
        if (depth[0] >= MAX_CLOSURE_DEPTH) {
            throw EvalException.unsupported(c.pos(), ExprMessages.recursionLimit(MAX_CLOSURE_DEPTH));
        }
        depth[0]++;
        try {
            Scope scope = c.captured().child();
            bind(c, args, scope);
            try {
                return executor.runForValue(c.node().body(), scope);
            } catch (ControlFlow.Return r) {
                return r.value;
            } catch (ControlFlow.Break | ControlFlow.Continue misplaced) {
                // Groovy rejects these in a closure; letting them out would end the caller's loop instead
                throw EvalException.unsupported(c.pos(), ExprMessages.jumpOutOfClosure());
            }
        } finally {
            depth[0]--;
        }
    }

    private static void bind(ClosureValue c, List<Object> args, Scope scope) {
        List<String> params = c.params();
        if (params.isEmpty() && c.isMethod()) {
            if (!args.isEmpty()) {
                throw new EvalException(c.pos(), ExprMessages.closureArity(0, args.size()), "groovy.lang.MissingMethodException");
            }
            return;
        }
        if (params.isEmpty()) {
            if (args.size() > 1) {
                throw new EvalException(c.pos(), ExprMessages.closureArity(1, args.size()), "groovy.lang.MissingMethodException");
            }
            scope.declare("it", args.isEmpty() ? null : args.get(0));
            return;
        }
        List<Object> values = args;
        if (args.size() == 1 && params.size() > 1 && args.get(0) instanceof List<?> l && l.size() == params.size()) {
            @SuppressWarnings("unchecked")
            List<Object> spread = (List<Object>) l;
            values = spread;
        }
        if (values.size() != params.size()) {
            throw new EvalException(c.pos(), ExprMessages.closureArity(params.size(), args.size()), "groovy.lang.MissingMethodException");
        }
        for (int i = 0; i < params.size(); i++) {
            scope.declare(paramName(params.get(i)), values.get(i));
        }
    }

    /**
     * A method the script defined ({@code def helper(x) { }}), as a closure over the script's bindings only:
     * like Groovy, a method does not see the local variables of the code that calls it.
     */
    Optional<ClosureValue> method(String name) {
        MethodDefStmt def = methods.get(name);
        if (def == null) {
            return Optional.empty();
        }
        return Optional.of(new ClosureValue(new ClosureExpr(def.params(), def.body(), def.pos()), globals, this, true));
    }

    /** Registers the methods defined directly in {@code body}, as Groovy hoists them. */
    void defineMethods(List<io.slipway.dsl.ast.Stmt> body) {
        for (io.slipway.dsl.ast.Stmt s : body) {
            io.slipway.dsl.ast.Stmt target = s instanceof io.slipway.dsl.ast.AnnotatedStmt a ? a.target() : s;
            if (target instanceof MethodDefStmt m) {
                methods.put(m.name(), m);
            }
        }
    }

    /** A parameter as written, possibly typed ({@code String s}): its name. */
    private static String paramName(String written) {
        String t = written.trim();
        return t.substring(t.lastIndexOf(' ') + 1);
    }
}
