package io.slipway.server.cli;

/** {@code slipway.jar serve}: starts the server and keeps running. */
public final class ServeCommand {

    /** Returned by {@link #run} when the server runs on in its own threads. */
    public static final int KEEP_RUNNING = -1;

    private ServeCommand() {
    }

    public static int run(String[] args) {
        System.err.println("serve: the server is being built under issue #3");
        return 2;
    }
}
