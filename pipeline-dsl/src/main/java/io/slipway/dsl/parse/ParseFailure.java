package io.slipway.dsl.parse;

/**
 * Thrown inside the parser after a syntax error has been reported, to unwind to the enclosing
 * statement, which skips ahead and goes on. It never leaves {@link GroovyParser}.
 */
final class ParseFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ParseFailure() {
        super(null, null, false, false);
    }
}
