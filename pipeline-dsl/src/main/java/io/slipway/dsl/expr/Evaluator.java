package io.slipway.dsl.expr;

import io.slipway.dsl.ast.BinaryExpr;
import io.slipway.dsl.ast.BinaryOp;
import io.slipway.dsl.ast.CastExpr;
import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.ElvisExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.GStringExpr;
import io.slipway.dsl.ast.IndexExpr;
import io.slipway.dsl.ast.ListExpr;
import io.slipway.dsl.ast.MapEntryExpr;
import io.slipway.dsl.ast.MapExpr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NewExpr;
import io.slipway.dsl.ast.PropertyExpr;
import io.slipway.dsl.ast.RangeExpr;
import io.slipway.dsl.ast.TernaryExpr;
import io.slipway.dsl.ast.UnaryExpr;
import io.slipway.dsl.ast.VariableExpr;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates expressions. Every failure leaves as an {@link EvalException} at the innermost node that
 * failed ({@link Faults}), so the message always has a place.
 */
final class Evaluator {

    private final Session session;

    Evaluator(Session session) {
        this.session = session;
    }

    Object eval(Expr e, Scope scope) {
        try {
            return evalNode(e, scope);
        } catch (EvalException | PipelineError | ControlFlow.Return | ControlFlow.Break | ControlFlow.Continue passing) {
            throw passing;
        } catch (RuntimeException failure) {
            throw Faults.at(e.pos(), failure);
        }
    }

    private Object evalNode(Expr e, Scope scope) {
        if (e instanceof ConstantExpr c) {
            return c.value();
        } else if (e instanceof GStringExpr g) {
            return interpolate(g, scope);
        } else if (e instanceof VariableExpr v) {
            return variable(v.name(), scope);
        } else if (e instanceof PropertyExpr p) {
            return property(p, scope);
        } else if (e instanceof IndexExpr i) {
            Object target = eval(i.target(), scope);
            return target == null && i.safe() ? null : Subscripts.get(target, eval(i.index(), scope));
        } else if (e instanceof MethodCallExpr m) {
            return new Calls(session, scope).call(m);
        } else if (e instanceof ListExpr l) {
            List<Object> out = new ArrayList<>();
            l.elements().forEach(x -> out.add(eval(x, scope)));
            return out;
        } else if (e instanceof MapExpr m) {
            Map<Object, Object> out = new LinkedHashMap<>();
            for (MapEntryExpr entry : m.entries()) {
                out.put(eval(entry.key(), scope), eval(entry.value(), scope));
            }
            return out;
        } else if (e instanceof BinaryExpr b) {
            return binary(b, scope);
        } else if (e instanceof UnaryExpr u) {
            return Unary.apply(this, u, scope);
        } else if (e instanceof TernaryExpr t) {
            return GroovyTruth.test(eval(t.condition(), scope)) ? eval(t.whenTrue(), scope) : eval(t.whenFalse(), scope);
        } else if (e instanceof ElvisExpr el) {
            Object v = eval(el.value(), scope);
            return GroovyTruth.test(v) ? v : eval(el.fallback(), scope);
        } else if (e instanceof ClosureExpr c) {
            return new ClosureValue(c, scope, session);
        } else if (e instanceof RangeExpr r) {
            return range(r, scope);
        } else if (e instanceof CastExpr c) {
            return Casts.cast(eval(c.expr(), scope), c.type());
        } else if (e instanceof NewExpr n) {
            List<Object> args = new ArrayList<>();
            n.args().forEach(x -> args.add(eval(x, scope)));
            return Constructors.construct(n.type(), args);
        }
        throw ScriptFault.unsupported("unsupported expression " + e.getClass().getSimpleName());
    }

    String interpolate(GStringExpr g, Scope scope) {
        StringBuilder out = new StringBuilder(g.strings().get(0));
        for (int i = 0; i < g.values().size(); i++) {
            out.append(GroovyText.render(eval(g.values().get(i), scope)));
            out.append(g.strings().get(i + 1));
        }
        return out.toString();
    }

    /** A bare name: local or script variable, pipeline global, caller global, class, then the environment. */
    Object variable(String name, Scope scope) {
        Optional<Scope.Slot> local = scope.lookup(name);
        if (local.isPresent()) {
            return local.get().value();
        }
        Optional<Object> global = global(name);
        if (global.isPresent()) {
            return global.get();
        }
        Optional<TypeRef> type = TypeRef.named(name);
        if (type.isPresent()) {
            return type.get();
        }
        if (session.ctx.env().containsKey(name)) {
            return session.ctx.env().get(name);
        }
        throw new ScriptFault(ExprMessages.unknownVariable(name), "groovy.lang.MissingPropertyException");
    }

    Optional<Object> global(String name) {
        return switch (name) {
            // read-only as in Jenkins: params.X = v fails with UnsupportedOperationException
            case "params" -> Optional.of(java.util.Collections.unmodifiableMap(session.ctx.params()));
            case "env" -> Optional.of(new EnvObject(session.ctx.env()));
            case "currentBuild" -> Optional.of(new BuildObject(session.ctx.currentBuild()));
            default -> session.ctx.global(name);
        };
    }

    /** Whether a bare name is a class reference: not a variable or global, and a class name. */
    boolean isClassName(Expr e, Scope scope) {
        return e instanceof VariableExpr v && Character.isUpperCase(v.name().charAt(0))
                && scope.lookup(v.name()).isEmpty() && global(v.name()).isEmpty()
                && !session.ctx.env().containsKey(v.name()) && StaticAccess.looksLikeClass(v.name());
    }

    private Object property(PropertyExpr p, Scope scope) {
        if (isClassName(p.target(), scope)) {
            return StaticMethods.constant(((VariableExpr) p.target()).name(), p.name());
        }
        Object target = eval(p.target(), scope);
        if (target == null && p.safe()) {
            return null;
        }
        if (p.spread()) {
            if (target == null) {
                return null;
            }
            if (!(target instanceof Collection<?> c)) {
                throw ScriptFault.missingMethod("cannot spread '*." + p.name() + "' over a " + GroovyTypes.name(target));
            }
            return PropertyAccess.spread(c, p.name());
        }
        return PropertyAccess.get(target, p.name());
    }

    private Object binary(BinaryExpr b, Scope scope) {
        if (b.op() == BinaryOp.AND) {
            return GroovyTruth.test(eval(b.left(), scope)) && GroovyTruth.test(eval(b.right(), scope));
        }
        if (b.op() == BinaryOp.OR) {
            return GroovyTruth.test(eval(b.left(), scope)) || GroovyTruth.test(eval(b.right(), scope));
        }
        if (b.op() == BinaryOp.INSTANCEOF && b.right() instanceof VariableExpr v && TypeRef.named(v.name()).isEmpty()
                && scope.lookup(v.name()).isEmpty()) {
            throw ScriptFault.unsupported(ExprMessages.unsupportedInstanceof(v.name()));
        }
        Object left = eval(b.left(), scope);
        Object right = eval(b.right(), scope);
        return Operators.apply(b.op(), left, right);
    }

    private Object range(RangeExpr r, Scope scope) {
        Object from = eval(r.from(), scope);
        Object to = eval(r.to(), scope);
        if (from instanceof Number f && to instanceof Number t && GroovyNumbers.isIntegral(f) && GroovyNumbers.isIntegral(t)) {
            return new RangeValue(f.intValue(), t.intValue(), r.inclusive());
        }
        throw ScriptFault.unsupported("ranges are supported over integers only, not " + GroovyTypes.name(from)
                + ".." + GroovyTypes.name(to));
    }
}
