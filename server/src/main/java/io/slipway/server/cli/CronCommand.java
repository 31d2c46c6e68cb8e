package io.slipway.server.cli;

/** {@code slipway.jar cron}: being built under issue #2. */
public final class CronCommand {

    private CronCommand() {
    }

    public static int run(String[] args) {
        System.err.println("cron: not available in this build yet");
        return 2;
    }
}
