package io.slipway.dsl.expr;

/**
 * A Groovy-level failure raised by a helper that does not know the source position; the evaluator
 * turns it into an {@link EvalException} at the node being evaluated. {@code scriptType} is the Java
 * exception type Groovy would throw, or {@code null} when the failure is "not supported here".
 */
final class ScriptFault extends RuntimeException {

    private final String scriptType;

    ScriptFault(String message, String scriptType) {
        super(message, null, false, false);
        this.scriptType = scriptType;
    }

    static ScriptFault unsupported(String message) {
        return new ScriptFault(message, null);
    }

    static ScriptFault nullPointer(String message) {
        return new ScriptFault(message, "java.lang.NullPointerException");
    }

    static ScriptFault cast(String message) {
        return new ScriptFault(message, "org.codehaus.groovy.runtime.typehandling.GroovyCastException");
    }

    static ScriptFault missingMethod(String message) {
        return new ScriptFault(message, "groovy.lang.MissingMethodException");
    }

    static ScriptFault illegalArgument(String message) {
        return new ScriptFault(message, "java.lang.IllegalArgumentException");
    }

    String scriptType() {
        return scriptType;
    }
}
