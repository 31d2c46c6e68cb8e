package io.slipway.dsl.expr;

import io.slipway.dsl.ast.SourcePos;
import java.util.Objects;
import java.util.Optional;

/**
 * A script failed in the interpreter: a Groovy runtime error such as
 * {@code Cannot get property 'x' on null object}, or a construct it cannot evaluate such as an unknown
 * method. The message names the construct; {@link #pos()} says where.
 * <p>
 * A Groovy runtime error carries the Java type Groovy would have thrown ({@link #scriptType()}), and a
 * script's {@code try/catch} can catch it as a {@link PipelineError} of that type. An unsupported
 * construct or an exceeded limit carries none and is never caught by the script, so that it cannot turn
 * into a silent wrong answer.
 */
public final class EvalException extends RuntimeException {

    private final SourcePos pos;
    private final String detail;
    private final String scriptType;

    EvalException(SourcePos pos, String detail, String scriptType) {
        super(pos + ": " + detail, null, false, false);
        this.pos = Objects.requireNonNull(pos, "pos");
        this.detail = detail;
        this.scriptType = scriptType;
    }

    /** A failure the script cannot catch (unsupported construct, limit). */
    static EvalException unsupported(SourcePos pos, String detail) {
        return new EvalException(pos, detail, null);
    }

    public SourcePos pos() {
        return pos;
    }

    /** The message without the position. */
    public String detail() {
        return detail;
    }

    /** The Java type Groovy would have thrown, when the script may catch this failure. */
    public Optional<String> scriptType() {
        return Optional.ofNullable(scriptType);
    }

    /** The script-visible exception for a {@code catch} block. */
    Optional<PipelineError> asPipelineError() {
        return scriptType().map(t -> new PipelineError(t, detail, pos));
    }
}
