package io.slipway.server;

import io.slipway.server.cli.CronCommand;
import io.slipway.server.cli.LintCommand;
import io.slipway.server.cli.ServeCommand;
import java.util.Arrays;

/**
 * The one entry point of {@code slipway.jar}: {@code serve} (the default), {@code lint FILE...} and
 * {@code cron [options] SPEC}. Each command returns its exit code; nothing here knows their options.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        int exit = switch (command) {
            case "serve" -> ServeCommand.run(rest);
            case "lint" -> LintCommand.run(rest);
            case "cron" -> CronCommand.run(rest);
            case "help", "--help", "-h" -> usage(0);
            default -> usage(2);
        };
        if (exit != ServeCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }

    private static int usage(int exit) {
        var out = exit == 0 ? System.out : System.err;
        out.println("""
                usage: java -jar slipway.jar [COMMAND]
                  serve                 start the server (the default)
                  lint FILE...          check Jenkinsfiles; exit 1 when any is invalid
                  cron [--name JOB] [--from 2026-03-21T16:21] [--zone UTC] [--count N] [--previous] 'SPEC'
                                        print the next (or previous) fire times of a Jenkins cron spec""");
        return exit;
    }
}
