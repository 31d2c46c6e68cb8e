package io.slipway.server.cli;

/** {@code slipway.jar lint}: being built under issue #2. */
public final class LintCommand {

    private LintCommand() {
    }

    public static int run(String[] args) {
        System.err.println("lint: not available in this build yet");
        return 2;
    }
}
