package io.slipway.dsl.expr;

/** The signals that {@code break}, {@code continue} and {@code return} unwind with; cheap, without stack traces. */
final class ControlFlow {

    private ControlFlow() {
    }

    static final class Break extends RuntimeException {
        static final Break INSTANCE = new Break();

        private Break() {
            super(null, null, false, false);
        }
    }

    static final class Continue extends RuntimeException {
        static final Continue INSTANCE = new Continue();

        private Continue() {
            super(null, null, false, false);
        }
    }

    static final class Return extends RuntimeException {
        final transient Object value;

        Return(Object value) {
            super(null, null, false, false);
            this.value = value;
        }
    }
}
