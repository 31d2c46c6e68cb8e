package io.slipway.dsl.expr;

import io.slipway.dsl.ast.AnnotatedStmt;
import io.slipway.dsl.ast.AssignStmt;
import io.slipway.dsl.ast.BinaryOp;
import io.slipway.dsl.ast.BreakStmt;
import io.slipway.dsl.ast.ClassicForStmt;
import io.slipway.dsl.ast.ContinueStmt;
import io.slipway.dsl.ast.DeclStmt;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.ForInStmt;
import io.slipway.dsl.ast.IfStmt;
import io.slipway.dsl.ast.MethodDefStmt;
import io.slipway.dsl.ast.ReturnStmt;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.SwitchStmt;
import io.slipway.dsl.ast.ThrowStmt;
import io.slipway.dsl.ast.TryStmt;
import io.slipway.dsl.ast.WhileStmt;
import java.util.List;
import java.util.Map;

/** Runs statements; loops, {@code try} and {@code switch} live in {@link Blocks}. */
final class Executor {

    private final Session session;
    private final Blocks blocks;

    Executor(Session session) {
        this.session = session;
        this.blocks = new Blocks(session, this);
    }

    void run(List<Stmt> body, Scope scope) {
        session.defineMethods(body);
        for (Stmt s : body) {
            exec(s, scope);
        }
    }

    /**
     * Runs a closure-like body and returns its value as Groovy does: the value of the last statement
     * when it is an expression, or of the branch an {@code if} at the end took.
     */
    Object runForValue(List<Stmt> body, Scope scope) {
        session.defineMethods(body);
        for (int i = 0; i < body.size() - 1; i++) {
            exec(body.get(i), scope);
        }
        return body.isEmpty() ? null : valueOf(body.get(body.size() - 1), scope);
    }

    private Object valueOf(Stmt last, Scope scope) {
        if (last instanceof ExprStmt e) {
            return session.evaluator.eval(e.expr(), scope);
        }
        if (last instanceof IfStmt i) {
            boolean taken = GroovyTruth.test(session.evaluator.eval(i.condition(), scope));
            return runForValue(taken ? i.then() : i.otherwise(), scope.child());
        }
        if (last instanceof TryStmt t) {
            return blocks.tryCatch(t, scope);
        }
        if (last instanceof SwitchStmt sw) {
            return blocks.switchCase(sw, scope);
        }
        exec(last, scope);
        return null;
    }

    void exec(Stmt s, Scope scope) {
        try {
            execNode(s, scope);
        } catch (EvalException | PipelineError | ControlFlow.Return | ControlFlow.Break | ControlFlow.Continue passing) {
            throw passing;
        } catch (RuntimeException failure) {
            throw Faults.at(s.pos(), failure);
        }
    }

    private void execNode(Stmt s, Scope scope) {
        Evaluator ev = session.evaluator;
        if (s instanceof ExprStmt e) {
            ev.eval(e.expr(), scope);
        } else if (s instanceof DeclStmt d) {
            Object value = d.init().map(x -> ev.eval(x, scope)).orElse(defaultValue(d.type()));
            if (isDynamic(d.type())) {
                scope.declare(d.name(), value);
            } else {
                scope.declareTyped(d.name(), castAt(value, d), d.type());
            }
        } else if (s instanceof AssignStmt a) {
            assign(a, scope);
        } else if (s instanceof IfStmt i) {
            boolean taken = GroovyTruth.test(ev.eval(i.condition(), scope));
            run(taken ? i.then() : i.otherwise(), scope.child());
        } else if (s instanceof ForInStmt f) {
            blocks.forIn(f, scope);
        } else if (s instanceof ClassicForStmt f) {
            blocks.classicFor(f, scope);
        } else if (s instanceof WhileStmt w) {
            blocks.whileLoop(w, scope);
        } else if (s instanceof TryStmt t) {
            blocks.tryCatch(t, scope);
        } else if (s instanceof SwitchStmt sw) {
            blocks.switchCase(sw, scope);
        } else if (s instanceof ReturnStmt r) {
            throw new ControlFlow.Return(r.value().map(x -> ev.eval(x, scope)).orElse(null));
        } else if (s instanceof ThrowStmt t) {
            Object thrown = ev.eval(t.value(), scope);
            if (thrown instanceof PipelineError e) {
                throw e.thrownAt(t.pos());
            }
            throw ScriptFault.unsupported(ExprMessages.cannotThrow(GroovyTypes.name(thrown)));
        } else if (s instanceof BreakStmt) {
            throw ControlFlow.Break.INSTANCE;
        } else if (s instanceof ContinueStmt) {
            throw ControlFlow.Continue.INSTANCE;
        } else if (s instanceof MethodDefStmt m) {
            session.methods.put(m.name(), m);
        } else if (s instanceof AnnotatedStmt a) {
            if (!ExpressionChecker.ALLOWED_ANNOTATIONS.contains(a.annotation())) {
                throw ScriptFault.unsupported(ExprMessages.unsupportedAnnotation(a.annotation()));
            }
            exec(a.target(), scope);
        } else {
            throw ScriptFault.unsupported("unsupported statement " + s.getClass().getSimpleName());
        }
    }

    private static boolean isDynamic(String type) {
        return type == null || type.equals("def") || type.equals("var") || type.equals("Object");
    }

    private Object castAt(Object value, DeclStmt d) {
        return Casts.cast(value, d.type());
    }

    private static Object defaultValue(String type) {
        return switch (type == null ? "" : type) {
            case "int", "long", "short" -> 0;
            case "double", "float" -> 0.0d;
            case "boolean" -> false;
            default -> null;
        };
    }

    private void assign(AssignStmt a, Scope scope) {
        Evaluator ev = session.evaluator;
        String op = a.op();
        if (op.equals("=")) {
            Assignments.store(ev, a.target(), ev.eval(a.value(), scope), scope);
            return;
        }
        Object current = Assignments.load(ev, a.target(), scope);
        if (op.equals("?=")) {
            if (!GroovyTruth.test(current)) {
                Assignments.store(ev, a.target(), ev.eval(a.value(), scope), scope);
            }
            return;
        }
        BinaryOp binary = COMPOUND.get(op);
        if (binary == null) {
            throw ScriptFault.unsupported("assignment operator '" + op + "' is not supported");
        }
        Object updated = Operators.apply(binary, current, ev.eval(a.value(), scope));
        Assignments.store(ev, a.target(), updated, scope);
    }

    private static final Map<String, BinaryOp> COMPOUND = Map.of(
            "+=", BinaryOp.PLUS, "-=", BinaryOp.MINUS, "*=", BinaryOp.MULTIPLY, "/=", BinaryOp.DIVIDE,
            "%=", BinaryOp.MODULO, "**=", BinaryOp.POWER, "<<=", BinaryOp.SHIFT_LEFT, ">>=", BinaryOp.SHIFT_RIGHT,
            "&=", BinaryOp.BIT_AND, "|=", BinaryOp.BIT_OR);
}
