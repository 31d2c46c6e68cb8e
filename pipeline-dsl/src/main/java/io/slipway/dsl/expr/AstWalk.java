package io.slipway.dsl.expr;

import io.slipway.dsl.ast.AnnotatedStmt;
import io.slipway.dsl.ast.AssignStmt;
import io.slipway.dsl.ast.BinaryExpr;
import io.slipway.dsl.ast.CaseClause;
import io.slipway.dsl.ast.CastExpr;
import io.slipway.dsl.ast.CatchClause;
import io.slipway.dsl.ast.ClassicForStmt;
import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.DeclStmt;
import io.slipway.dsl.ast.ElvisExpr;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.ExprStmt;
import io.slipway.dsl.ast.ForInStmt;
import io.slipway.dsl.ast.GStringExpr;
import io.slipway.dsl.ast.IfStmt;
import io.slipway.dsl.ast.IndexExpr;
import io.slipway.dsl.ast.ListExpr;
import io.slipway.dsl.ast.MapEntryExpr;
import io.slipway.dsl.ast.MapExpr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.MethodDefStmt;
import io.slipway.dsl.ast.NamedArg;
import io.slipway.dsl.ast.NewExpr;
import io.slipway.dsl.ast.PropertyExpr;
import io.slipway.dsl.ast.RangeExpr;
import io.slipway.dsl.ast.ReturnStmt;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.SwitchStmt;
import io.slipway.dsl.ast.TernaryExpr;
import io.slipway.dsl.ast.ThrowStmt;
import io.slipway.dsl.ast.TryStmt;
import io.slipway.dsl.ast.UnaryExpr;
import io.slipway.dsl.ast.WhileStmt;
import java.util.List;
import java.util.function.Consumer;

/** Visits every expression and statement under a node, parents before children. */
final class AstWalk {

    private final Consumer<Expr> onExpr;
    private final Consumer<Stmt> onStmt;

    AstWalk(Consumer<Expr> onExpr, Consumer<Stmt> onStmt) {
        this.onExpr = onExpr;
        this.onStmt = onStmt;
    }

    void stmts(List<Stmt> body) {
        body.forEach(this::stmt);
    }

    void stmt(Stmt s) {
        onStmt.accept(s);
        if (s instanceof ExprStmt e) {
            expr(e.expr());
        } else if (s instanceof DeclStmt d) {
            d.init().ifPresent(this::expr);
        } else if (s instanceof AssignStmt a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof IfStmt i) {
            expr(i.condition());
            stmts(i.then());
            stmts(i.otherwise());
        } else if (s instanceof ForInStmt f) {
            expr(f.iterable());
            stmts(f.body());
        } else if (s instanceof ClassicForStmt f) {
            f.init().ifPresent(this::stmt);
            f.condition().ifPresent(this::expr);
            f.update().ifPresent(this::stmt);
            stmts(f.body());
        } else if (s instanceof WhileStmt w) {
            expr(w.condition());
            stmts(w.body());
        } else if (s instanceof TryStmt t) {
            stmts(t.body());
            for (CatchClause c : t.catches()) {
                stmts(c.body());
            }
            stmts(t.finallyBody());
        } else if (s instanceof SwitchStmt sw) {
            expr(sw.subject());
            for (CaseClause c : sw.cases()) {
                c.values().forEach(this::expr);
                stmts(c.body());
            }
            stmts(sw.defaultBody());
        } else if (s instanceof ReturnStmt r) {
            r.value().ifPresent(this::expr);
        } else if (s instanceof ThrowStmt t) {
            expr(t.value());
        } else if (s instanceof MethodDefStmt m) {
            stmts(m.body());
        } else if (s instanceof AnnotatedStmt a) {
            a.args().forEach(this::expr);
            a.named().forEach(n -> expr(n.value()));
            stmt(a.target());
        }
    }

    void expr(Expr e) {
        onExpr.accept(e);
        if (e instanceof GStringExpr g) {
            g.values().forEach(this::expr);
        } else if (e instanceof PropertyExpr p) {
            expr(p.target());
        } else if (e instanceof IndexExpr i) {
            expr(i.target());
            expr(i.index());
        } else if (e instanceof MethodCallExpr m) {
            m.target().ifPresent(this::expr);
            m.args().forEach(this::expr);
            for (NamedArg n : m.named()) {
                expr(n.value());
            }
            m.closure().ifPresent(this::expr);
        } else if (e instanceof ListExpr l) {
            l.elements().forEach(this::expr);
        } else if (e instanceof MapExpr m) {
            for (MapEntryExpr entry : m.entries()) {
                expr(entry.key());
                expr(entry.value());
            }
        } else if (e instanceof BinaryExpr b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof UnaryExpr u) {
            expr(u.operand());
        } else if (e instanceof TernaryExpr t) {
            expr(t.condition());
            expr(t.whenTrue());
            expr(t.whenFalse());
        } else if (e instanceof ElvisExpr el) {
            expr(el.value());
            expr(el.fallback());
        } else if (e instanceof ClosureExpr c) {
            stmts(c.body());
        } else if (e instanceof RangeExpr r) {
            expr(r.from());
            expr(r.to());
        } else if (e instanceof CastExpr c) {
            expr(c.expr());
        } else if (e instanceof NewExpr n) {
            n.args().forEach(this::expr);
        }
    }
}
