package io.slipway.server.agent;

/** A label expression that does not parse; the message names the 1-based position and what was expected. */
public final class LabelSyntaxError extends IllegalArgumentException {

    private final int position;

    LabelSyntaxError(String expression, int position, String problem) {
        super("label expression '" + expression + "': " + problem + " at position " + position);
        this.position = position;
    }

    /** The 1-based character position of the problem. */
    public int position() {
        return position;
    }
}
