package io.slipway.dsl.expr;

import io.slipway.dsl.ast.ClosureExpr;
import io.slipway.dsl.ast.SourcePos;
import java.util.Arrays;
import java.util.List;

/**
 * A closure as a script value ({@code def c = { x -> x * 2 }}), capturing the variables of the scope it
 * was written in. Steps receive closures among their arguments ({@code parallel a: { ... }}) and may call
 * them; a call runs the body in the interpreter on the calling thread, with the context of the
 * evaluation that created the closure.
 */
public final class ClosureValue {

    private final ClosureExpr node;
    private final Scope captured;
    private final Session session;
    private final boolean method;

    ClosureValue(ClosureExpr node, Scope captured, Session session) {
        this(node, captured, session, false);
    }

    ClosureValue(ClosureExpr node, Scope captured, Session session, boolean method) {
        this.node = node;
        this.captured = captured;
        this.session = session;
        this.method = method;
    }

    /** A script method rather than a closure: no implicit {@code it}. */
    boolean isMethod() {
        return method;
    }

    /** Calls the closure: Groovy binds the arguments to the declared parameters, or the first to {@code it}. */
    public Object call(Object... args) {
        return call(Arrays.asList(args));
    }

    public Object call(List<Object> args) {
        return session.callClosure(this, args);
    }

    /** The number of declared parameters; 0 for a closure with the implicit {@code it}. */
    public int parameterCount() {
        return node.params().size();
    }

    List<String> params() {
        return node.params();
    }

    ClosureExpr node() {
        return node;
    }

    Scope captured() {
        return captured;
    }

    SourcePos pos() {
        return node.pos();
    }

    @Override
    public String toString() {
        return "closure at " + node.pos();
    }
}
