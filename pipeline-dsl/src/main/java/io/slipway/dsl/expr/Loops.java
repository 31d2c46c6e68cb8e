package io.slipway.dsl.expr;

/**
 * The bound on iterations of one loop ({@code while}, {@code for}, {@code n.times { }}), so that a script
 * cannot keep a build, and the server thread running it, busy forever. Exceeding it is not catchable.
 */
final class Loops {

    static final int LIMIT = 1_000_000;

    private Loops() {
    }

    /** Fails when a loop is about to run, or has run, more than {@link #LIMIT} iterations. */
    static void check(long iterations) {
        if (iterations > LIMIT) {
            throw ScriptFault.unsupported(ExprMessages.loopLimit(LIMIT));
        }
    }
}
