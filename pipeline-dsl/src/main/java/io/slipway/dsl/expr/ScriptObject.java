package io.slipway.dsl.expr;

import java.util.List;

/**
 * An object the caller hands to scripts (a global from {@link EvalContext#global}, a step's return
 * value) that answers property reads and method calls itself, such as {@code scm} or
 * {@code docker.image('x')}. Unknown members are reported by throwing {@link PipelineError} of type
 * {@code groovy.lang.MissingPropertyException} / {@code groovy.lang.MissingMethodException}, or an
 * {@link UnsupportedOperationException} whose message names the member.
 */
public interface ScriptObject {

    /** A name for messages, such as {@code scm}. */
    String typeName();

    Object getProperty(String name);

    default void setProperty(String name, Object value) {
        throw new UnsupportedOperationException("Cannot set property '" + name + "' on " + typeName());
    }

    /** A method call; closures among the arguments are {@link ClosureValue}s the object may call. */
    Object invokeMethod(String name, List<Object> args);
}
