package io.slipway.dsl.parse;

import io.slipway.dsl.ast.*;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders syntax trees as compact, fully parenthesised text so that tests can assert a tree's shape in
 * one line: {@code (a + (b * c))}, {@code sh('x')}, {@code stage('b'){ sh('make') }}.
 */
final class AstPrinter {

    private AstPrinter() {
    }

    static String statements(List<Stmt> body) {
        return body.stream().map(AstPrinter::stmt).collect(Collectors.joining("; "));
    }

    static String stmt(Stmt s) {
        if (s instanceof ExprStmt e) {
            return expr(e.expr());
        } else if (s instanceof DeclStmt d) {
            return d.type() + " " + d.name() + d.init().map(i -> " = " + expr(i)).orElse("");
        } else if (s instanceof AssignStmt a) {
            return expr(a.target()) + " " + a.op() + " " + expr(a.value());
        } else if (s instanceof IfStmt i) {
            return "if " + expr(i.condition()) + " {" + statements(i.then()) + "}"
                    + (i.otherwise().isEmpty() ? "" : " else {" + statements(i.otherwise()) + "}");
        } else if (s instanceof ForInStmt f) {
            return "for " + f.variable() + " in " + expr(f.iterable()) + " {" + statements(f.body()) + "}";
        } else if (s instanceof ClassicForStmt f) {
            return "for " + f.init().map(AstPrinter::stmt).orElse("") + "; " + f.condition().map(AstPrinter::expr).orElse("")
                    + "; " + f.update().map(AstPrinter::stmt).orElse("") + " {" + statements(f.body()) + "}";
        } else if (s instanceof WhileStmt w) {
            return "while " + expr(w.condition()) + " {" + statements(w.body()) + "}";
        } else if (s instanceof TryStmt t) {
            return "try {" + statements(t.body()) + "}" + t.catches().stream()
                    .map(c -> " catch " + c.type() + " " + c.variable() + " {" + statements(c.body()) + "}")
                    .collect(Collectors.joining()) + (t.finallyBody().isEmpty() ? "" : " finally {" + statements(t.finallyBody()) + "}");
        } else if (s instanceof SwitchStmt sw) {
            return "switch " + expr(sw.subject()) + " {" + sw.cases().stream()
                    .map(c -> "case " + list(c.values()) + ": " + statements(c.body()) + " ")
                    .collect(Collectors.joining()) + "default: " + statements(sw.defaultBody()) + "}";
        } else if (s instanceof ReturnStmt r) {
            return "return" + r.value().map(v -> " " + expr(v)).orElse("");
        } else if (s instanceof ThrowStmt t) {
            return "throw " + expr(t.value());
        } else if (s instanceof BreakStmt) {
            return "break";
        } else if (s instanceof ContinueStmt) {
            return "continue";
        } else if (s instanceof AnnotatedStmt a) {
            return "@" + a.annotation() + "(" + args(a.args(), a.named()) + ") " + stmt(a.target());
        } else if (s instanceof MethodDefStmt m) {
            return "def " + m.name() + "(" + String.join(", ", m.params()) + ") {" + statements(m.body()) + "}";
        }
        throw new IllegalArgumentException(s.toString());
    }

    static String expr(Expr e) {
        if (e instanceof ConstantExpr c) {
            return constant(c.value());
        } else if (e instanceof GStringExpr g) {
            StringBuilder b = new StringBuilder("\"");
            for (int i = 0; i < g.values().size(); i++) {
                b.append(g.strings().get(i)).append("${").append(expr(g.values().get(i))).append("}");
            }
            return b.append(g.strings().get(g.strings().size() - 1)).append('"').toString();
        } else if (e instanceof VariableExpr v) {
            return v.name();
        } else if (e instanceof PropertyExpr p) {
            return expr(p.target()) + (p.safe() ? "?." : p.spread() ? "*." : ".") + p.name();
        } else if (e instanceof IndexExpr i) {
            return expr(i.target()) + (i.safe() ? "?[" : "[") + expr(i.index()) + "]";
        } else if (e instanceof MethodCallExpr m) {
            return m.target().map(t -> expr(t) + (m.safe() ? "?." : ".")).orElse("") + m.name()
                    + "(" + args(m.args(), m.named()) + ")" + m.closure().map(AstPrinter::closure).orElse("");
        } else if (e instanceof ListExpr l) {
            return "[" + list(l.elements()) + "]";
        } else if (e instanceof MapExpr m) {
            return m.entries().isEmpty() ? "[:]" : "[" + m.entries().stream()
                    .map(en -> expr(en.key()) + ": " + expr(en.value())).collect(Collectors.joining(", ")) + "]";
        } else if (e instanceof BinaryExpr b) {
            return "(" + expr(b.left()) + " " + b.op().symbol() + " " + expr(b.right()) + ")";
        } else if (e instanceof UnaryExpr u) {
            boolean post = u.op() == UnaryOp.POST_INCREMENT || u.op() == UnaryOp.POST_DECREMENT;
            return "(" + (post ? expr(u.operand()) + u.op().symbol() : u.op().symbol() + expr(u.operand())) + ")";
        } else if (e instanceof TernaryExpr t) {
            return "(" + expr(t.condition()) + " ? " + expr(t.whenTrue()) + " : " + expr(t.whenFalse()) + ")";
        } else if (e instanceof ElvisExpr el) {
            return "(" + expr(el.value()) + " ?: " + expr(el.fallback()) + ")";
        } else if (e instanceof ClosureExpr c) {
            return closure(c);
        } else if (e instanceof RangeExpr r) {
            return "(" + expr(r.from()) + (r.inclusive() ? ".." : "..<") + expr(r.to()) + ")";
        } else if (e instanceof CastExpr c) {
            return "(" + expr(c.expr()) + " as " + c.type() + ")";
        } else if (e instanceof NewExpr n) {
            return "new " + n.type() + "(" + list(n.args()) + ")";
        }
        throw new IllegalArgumentException(e.toString());
    }

    private static String closure(ClosureExpr c) {
        String params = c.params().isEmpty() ? "" : String.join(", ", c.params()) + " -> ";
        return "{" + params + statements(c.body()) + "}";
    }

    private static String args(List<Expr> positional, List<NamedArg> named) {
        String n = named.stream().map(a -> a.name() + ": " + expr(a.value())).collect(Collectors.joining(", "));
        String p = list(positional);
        return n.isEmpty() ? p : p.isEmpty() ? n : n + ", " + p;
    }

    private static String list(List<Expr> exprs) {
        return exprs.stream().map(AstPrinter::expr).collect(Collectors.joining(", "));
    }

    private static String constant(Object value) {
        if (value instanceof String s) {
            return "'" + s.replace("\n", "\\n") + "'";
        }
        if (value instanceof Long l) {
            return l + "L";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString() + "G";
        }
        if (value instanceof java.math.BigInteger i) {
            return i + "G";
        }
        return String.valueOf(value);
    }
}
