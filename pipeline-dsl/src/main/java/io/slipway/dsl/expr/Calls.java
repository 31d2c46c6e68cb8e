package io.slipway.dsl.expr;

import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.VariableExpr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One method call: on a class ({@code Integer.parseInt}), on a value (the method library), on a local
 * closure ({@code c()}), or else a step, handed to the caller's {@link StepInvoker}.
 */
final class Calls {

    private final Session session;
    private final Scope scope;

    Calls(Session session, Scope scope) {
        this.session = session;
        this.scope = scope;
    }

    Object call(MethodCallExpr m) {
        if (m.target().isEmpty()) {
            return callOnScript(m);
        }
        Expr t = m.target().get();
        Evaluator ev = session.evaluator;
        if (ev.isClassName(t, scope)) {
            return StaticMethods.call(((VariableExpr) t).name(), m.name(), groovyArgs(m));
        }
        Object target = ev.eval(t, scope);
        if (target == null) {
            if (m.safe()) {
                return null;
            }
            throw ScriptFault.nullPointer(ExprMessages.nullMethod(m.name()));
        }
        List<Object> args = groovyArgs(m);
        if (target instanceof Map<?, ?> map && map.get(m.name()) instanceof ClosureValue c && !MapMethods.TABLE.has(m.name())) {
            return c.call(args);
        }
        return MethodDispatch.callValueMethod(target, m.name(), args);
    }

    private Object callOnScript(MethodCallExpr m) {
        Optional<Scope.Slot> local = scope.lookup(m.name());
        if (local.isPresent() && local.get().value() instanceof ClosureValue c) {
            return c.call(groovyArgs(m));
        }
        Optional<ClosureValue> method = session.method(m.name());
        if (method.isPresent()) {
            return method.get().call(groovyArgs(m));
        }
        if (m.name().equals("sprintf") && !m.args().isEmpty() && m.named().isEmpty() && m.closure().isEmpty()) {
            // Groovy's script method, not a step
            List<Object> args = groovyArgs(m);
            return String.format(Args.string(args, 0), args.subList(1, args.size()).toArray());
        }
        List<Object> positional = new ArrayList<>();
        m.args().forEach(a -> positional.add(session.evaluator.eval(a, scope)));
        Map<String, Object> named = new LinkedHashMap<>();
        for (NamedArg n : m.named()) {
            named.put(n.name(), session.evaluator.eval(n.value(), scope));
        }
        Optional<StepBody> body = m.closure().map(c -> {
            ClosureValue closure = new ClosureValue(c, scope, session);
            return (StepBody) closure::call;
        });
        return session.ctx.steps().invoke(new StepInvocation(m.name(), positional, named, body, m.pos()));
    }

    /** Groovy's argument list: named arguments as a leading map, then positional ones, then the trailing closure. */
    private List<Object> groovyArgs(MethodCallExpr m) {
        List<Object> args = new ArrayList<>();
        if (!m.named().isEmpty()) {
            Map<Object, Object> named = new LinkedHashMap<>();
            for (NamedArg n : m.named()) {
                named.put(n.name(), session.evaluator.eval(n.value(), scope));
            }
            args.add(named);
        }
        m.args().forEach(a -> args.add(session.evaluator.eval(a, scope)));
        m.closure().ifPresent(c -> args.add(new ClosureValue(c, scope, session)));
        return args;
    }
}
