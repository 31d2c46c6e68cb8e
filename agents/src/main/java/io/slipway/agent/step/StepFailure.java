package io.slipway.agent.step;

/**
 * A step failed: a command exited non-zero, {@code error} was called, a file was missing. The message
 * says what and where, never a secret. {@code result} is what the failure makes of the build
 * ({@code FAILURE} usually, {@code ABORTED} for a timeout or a refused input).
 */
public class StepFailure extends RuntimeException {

    private final String result;

    public StepFailure(String message) {
        this(message, "FAILURE");
    }

    public StepFailure(String message, String result) {
        super(message, null, false, false);
        this.result = result;
    }

    public String result() {
        return result;
    }
}
