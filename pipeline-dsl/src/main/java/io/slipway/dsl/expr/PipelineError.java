package io.slipway.dsl.expr;

import io.slipway.dsl.ast.SourcePos;
import java.util.Objects;
import java.util.Optional;

/**
 * An exception a pipeline script can catch: what {@code error 'msg'} and a failing step throw (by the
 * {@link StepInvoker}), what {@code throw new Exception('m')} throws, and what the interpreter's own
 * Groovy-level failures ({@code NullPointerException}, {@code NumberFormatException}, ...) become inside
 * a {@code catch}. {@code type} is the Java class name a Jenkinsfile would see
 * ({@code hudson.AbortException}); {@code catch (T e)} matches it by that class' hierarchy or, for a type
 * the interpreter does not know, by simple name.
 */
public final class PipelineError extends RuntimeException {

    /** The type {@code error 'msg'} throws in Jenkins. */
    public static final String ABORT = "hudson.AbortException";

    private final String type;
    private final String scriptMessage;
    private final transient SourcePos pos;

    public PipelineError(String type, String message) {
        this(type, message, null);
    }

    public PipelineError(String type, String message, SourcePos pos) {
        super(pos == null ? render(type, message) : pos + ": " + render(type, message), null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.scriptMessage = message;
        this.pos = pos;
    }

    /** {@code error 'msg'}. */
    public static PipelineError abort(String message) {
        return new PipelineError(ABORT, message);
    }

    /** The qualified class name, e.g. {@code hudson.AbortException}. */
    public String type() {
        return type;
    }

    public String simpleType() {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** What the script sees as {@code e.message}; may be {@code null}. */
    public String scriptMessage() {
        return scriptMessage;
    }

    /** Where the script threw it, when it was a {@code throw} statement. */
    public Optional<SourcePos> pos() {
        return Optional.ofNullable(pos);
    }

    /** The same error as thrown at {@code where}, unless it already has a place. */
    PipelineError thrownAt(SourcePos where) {
        return pos != null ? this : new PipelineError(type, scriptMessage, where);
    }

    /** What {@code e.toString()} gives in Groovy: {@code java.lang.Exception: m}. */
    public String render() {
        return render(type, scriptMessage);
    }

    private static String render(String type, String message) {
        return message == null ? type : type + ": " + message;
    }
}
