package io.slipway.dsl.expr;

import io.slipway.dsl.ast.AnnotatedStmt;
import io.slipway.dsl.ast.BinaryExpr;
import io.slipway.dsl.ast.BinaryOp;
import io.slipway.dsl.ast.CastExpr;
import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.ConstantExpr;
import io.slipway.dsl.ast.DeclStmt;
import io.slipway.dsl.ast.Expr;
import io.slipway.dsl.ast.ForInStmt;
import io.slipway.dsl.ast.GStringExpr;
import io.slipway.dsl.ast.ListExpr;
import io.slipway.dsl.ast.MapExpr;
import io.slipway.dsl.ast.MethodCallExpr;
import io.slipway.dsl.ast.NewExpr;
import io.slipway.dsl.ast.PropertyExpr;
import io.slipway.dsl.ast.RangeExpr;
import io.slipway.dsl.ast.Stmt;
import io.slipway.dsl.ast.ThrowStmt;
import io.slipway.dsl.ast.TryStmt;
import io.slipway.dsl.ast.VariableExpr;
import io.slipway.dsl.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, before a build runs, the constructs of a script or expression that the {@link Interpreter}
 * cannot evaluate, and reports each as an error diagnostic naming it: {@code new} of an unsupported
 * type, static access to classes ({@code Jenkins.instance}, {@code System.getenv}), qualified class
 * names, metaprogramming, {@code @Grab}, casts to unknown types, unknown methods on literals.
 * <p>
 * Unknown variable names are not errors: they may be environment variables or caller globals at run
 * time. Stateless and thread-safe.
 */
public final class ExpressionChecker {

    /** Annotations a script may carry; the interpreter ignores them. */
    static final Set<String> ALLOWED_ANNOTATIONS = Set.of("NonCPS", "Library", "Field", "SuppressWarnings");

    private static final Set<String> META_MEMBERS = Set.of("metaClass", "getMetaClass", "setMetaClass",
            "invokeMethod", "methodMissing", "propertyMissing", "getClass", "class", "forName", "newInstance",
            "getDeclaredField", "getDeclaredMethod", "declaredFields", "declaredMethods", "mixin", "execute",
            "evaluate");

    /** Script-level calls that would run arbitrary Groovy. */
    private static final Set<String> META_CALLS = Set.of("evaluate", "Eval");

    private final Set<String> globals;

    /** A checker for a caller without further globals. */
    public ExpressionChecker() {
        this(Set.of());
    }

    /**
     * A checker that knows the caller's further globals ({@link EvalContext#global}), such as
     * {@code Artifactory}, so that calls on them are not taken for static access to a class.
     */
    public ExpressionChecker(Set<String> globals) {
        this.globals = Set.copyOf(globals);
    }

    /** Checks one expression (a step argument, a {@code when} expression). */
    public List<Diagnostic> check(Expr expr) {
        Run run = new Run(globals);
        run.declaredIn(List.of(), expr);
        new AstWalk(run::expr, run::stmt).expr(expr);
        return run.out;
    }

    /** Checks a body of statements (a {@code script { }} block, a {@code when { expression { } }} body). */
    public List<Diagnostic> check(List<Stmt> body) {
        Run run = new Run(globals);
        run.declaredIn(body, null);
        new AstWalk(run::expr, run::stmt).stmts(body);
        return run.out;
    }

    private static final class Run {
        final List<Diagnostic> out = new ArrayList<>();
        final Set<String> declared = new HashSet<>();

        Run(Set<String> globals) {
            declared.addAll(globals);
        }
        /** Inner links of a qualified name already reported as a whole. */
        final Set<Expr> reported = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        /** Names declared anywhere in the checked code, which then are no class names. */
        void declaredIn(List<Stmt> body, Expr expr) {
            AstWalk names = new AstWalk(e -> {
                if (e instanceof ClosureExpr c) {
                    c.params().forEach(p -> declared.add(p.substring(p.trim().lastIndexOf(' ') + 1).trim()));
                }
            }, s -> {
                if (s instanceof DeclStmt d) {
                    declared.add(d.name());
                } else if (s instanceof ForInStmt f) {
                    declared.add(f.variable());
                } else if (s instanceof io.slipway.dsl.ast.MethodDefStmt m) {
                    declared.add(m.name());
                    m.params().forEach(declared::add);
                } else if (s instanceof TryStmt t) {
                    t.catches().forEach(c -> declared.add(c.variable()));
                }
            });
            names.stmts(body);
            if (expr != null) {
                names.expr(expr);
            }
        }

        void stmt(Stmt s) {
            if (s instanceof AnnotatedStmt a && !ALLOWED_ANNOTATIONS.contains(a.annotation())) {
                error(a.pos(), ExprMessages.unsupportedAnnotation(a.annotation()));
            } else if (s instanceof DeclStmt d && d.type() != null && !Casts.isSupported(d.type())) {
                error(d.pos(), ExprMessages.unsupportedType(d.type()));
            } else if (s instanceof ThrowStmt t && (t.value() instanceof ConstantExpr || t.value() instanceof GStringExpr)) {
                error(t.pos(), ExprMessages.cannotThrow("String"));
            }
        }

        void expr(Expr e) {
            if (e instanceof NewExpr n && !Constructors.isSupported(n.type())) {
                error(n.pos(), ExprMessages.unsupportedNew(n.type()));
            } else if (e instanceof CastExpr c && !Casts.isSupported(c.type())) {
                error(c.pos(), ExprMessages.unsupportedCast(c.type()));
            } else if (e instanceof BinaryExpr b && b.op() == BinaryOp.INSTANCEOF && b.right() instanceof VariableExpr v
                    && !TypeRef.isKnown(v.name()) && !declared.contains(v.name())) {
                error(b.pos(), ExprMessages.unsupportedInstanceof(v.name()));
            } else if (e instanceof MethodCallExpr m) {
                call(m);
            } else if (e instanceof PropertyExpr p) {
                property(p);
            } else if (e instanceof VariableExpr v && (v.name().equals("this") || v.name().equals("super"))
                    && !declared.contains(v.name())) {
                error(v.pos(), ExprMessages.unsupportedScriptReference(v.name()));
            } else if (e instanceof RangeExpr r && (isNonInteger(r.from()) || isNonInteger(r.to()))) {
                error(r.pos(), ExprMessages.unsupportedRange(describe(r.from()) + (r.inclusive() ? ".." : "..<") + describe(r.to())));
            }
        }

        private void call(MethodCallExpr m) {
            if (m.target().isEmpty()) {
                if (META_CALLS.contains(m.name()) && !declared.contains(m.name())) {
                    error(m.pos(), ExprMessages.metaprogramming(m.name()));
                }
                return;
            }
            Expr target = m.target().get();
            if (META_MEMBERS.contains(m.name())) {
                error(m.pos(), ExprMessages.metaprogramming(m.name()));
            } else if (isGlobal(target, "currentBuild") && !BuildObject.hasMethod(m.name())
                    || isGlobal(target, "env") && !EnvObject.METHODS.contains(m.name())) {
                String owner = ((VariableExpr) target).name();
                error(m.pos(), ExprMessages.unsupportedLiteralMethod(m.name(), owner));
            } else if (isClassRef(target)) {
                String cls = ((VariableExpr) target).name();
                if (!StaticMethods.hasMethod(cls, m.name())) {
                    error(m.pos(), ExprMessages.unsupportedStatic(cls, m.name() + "()"));
                }
            } else if (qualifiedName(target).isPresent()) {
                error(m.pos(), ExprMessages.unsupportedQualifiedName(qualifiedName(target).get() + "." + m.name() + "()"));
                suppressChain(target);
            } else {
                literalType(target).ifPresent(table -> {
                    if (!table.has(m.name()) && !COMMON.contains(m.name())) {
                        error(m.pos(), ExprMessages.unsupportedLiteralMethod(m.name(), table.receiverType()),
                                ExprMessages.supportedHint(table.receiverType(), table.names()));
                    }
                });
            }
        }

        private void property(PropertyExpr p) {
            if (reported.contains(p)) {
                return;
            }
            if (META_MEMBERS.contains(p.name())) {
                error(p.pos(), ExprMessages.metaprogramming(p.name()));
            } else if (isGlobal(p.target(), "currentBuild") && !BuildObject.PROPERTIES.contains(p.name())) {
                error(p.pos(), ExprMessages.unsupportedBuildProperty(p.name()));
            } else if (isClassRef(p.target())) {
                String cls = ((VariableExpr) p.target()).name();
                if (!StaticMethods.hasConstant(cls, p.name())) {
                    error(p.pos(), ExprMessages.unsupportedStatic(cls, p.name()));
                }
            } else if (qualifiedName(p).isPresent()) {
                error(p.pos(), ExprMessages.unsupportedQualifiedName(qualifiedName(p).get()));
                suppressChain(p.target());
            }
        }

        private void suppressChain(Expr e) {
            for (Expr link = e; link instanceof PropertyExpr p; link = p.target()) {
                reported.add(p);
            }
        }

        /** {@code java.lang.System} as the target of a call: the dotted name, when its root is a package. */
        private Optional<String> qualifiedName(Expr e) {
            if (e instanceof PropertyExpr p) {
                if (p.target() instanceof VariableExpr v) {
                    return StaticAccess.PACKAGE_ROOTS.contains(v.name()) && !declared.contains(v.name())
                            ? Optional.of(v.name() + "." + p.name()) : Optional.empty();
                }
                return qualifiedName(p.target()).map(q -> q + "." + p.name());
            }
            return Optional.empty();
        }

        /** {@code currentBuild} or {@code env} as the pipeline global, not a local variable of that name. */
        private boolean isGlobal(Expr e, String name) {
            return e instanceof VariableExpr v && v.name().equals(name) && !declared.contains(name);
        }

        private boolean isClassRef(Expr e) {
            return e instanceof VariableExpr v && StaticAccess.looksLikeClass(v.name()) && !declared.contains(v.name());
        }

        private static boolean isNonInteger(Expr e) {
            return e instanceof ConstantExpr c && !(c.value() instanceof Integer || c.value() instanceof Long)
                    || e instanceof GStringExpr;
        }

        private static String describe(Expr e) {
            return e instanceof ConstantExpr c ? (c.value() instanceof String s ? "'" + s + "'" : String.valueOf(c.value())) : "...";
        }

        private static Optional<MethodTable<?>> literalType(Expr e) {
            if (e instanceof ConstantExpr c && c.value() instanceof String || e instanceof GStringExpr) {
                return Optional.of(StringMethods.TABLE);
            }
            if (e instanceof ListExpr) {
                return Optional.of(ListMethods.TABLE);
            }
            if (e instanceof MapExpr) {
                return Optional.of(MapMethods.TABLE);
            }
            if (e instanceof ConstantExpr c && c.value() instanceof Number) {
                return Optional.of(NumberMethods.TABLE);
            }
            return Optional.empty();
        }

        private void error(io.slipway.dsl.ast.SourcePos pos, String message) {
            out.add(Diagnostic.error(pos, message));
        }

        private void error(io.slipway.dsl.ast.SourcePos pos, String message, String hint) {
            out.add(Diagnostic.error(pos, message, hint));
        }
    }

    /** Methods every value has (see {@link MethodDispatch}). */
    private static final Set<String> COMMON = Set.of("toString", "equals", "is", "asBoolean", "hashCode");
}
