package io.slipway.server.cli;

import io.slipway.dsl.cron.CronParseResult;
import io.slipway.dsl.cron.CronProblem;
import io.slipway.dsl.cron.CronSchedule;
import io.slipway.dsl.cron.JenkinsCron;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

/**
 * {@code slipway.jar cron [--name JOB] [--from 2026-03-21T16:21] [--zone UTC] [--count N] [--previous] SPEC}:
 * a preview of a Jenkins cron spec's fire times for people and scripts. Fire times go to standard
 * output, one per line; so do the errors of an invalid spec ({@code line L:C: message}, exit 1), so a
 * script reading standard output sees either times or the reason there are none. Warnings go to
 * standard error; usage errors exit 2.
 */
public final class CronCommand {

    static final int DEFAULT_COUNT = 5;
    private static final int MAX_COUNT = 10_000;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final String USAGE = """
            usage: java -jar slipway.jar cron [--name JOB] [--from 2026-03-21T16:21] [--zone UTC] [--count N] [--previous] 'SPEC'
            Prints the next (with --previous: the last) N fire times of a Jenkins cron spec, one per line as
            YYYY-MM-DDTHH:MM, counting --from itself when it matches.
              --name JOB    the job's full name, which seeds H; without it every H takes the lowest value of its range
              --from TIME   the wall-clock minute to start from, in the output zone (default: now)
              --zone ZONE   zone of the output, of --from and of spec lines without TZ=
                            (default: the spec's TZ= zone for the output, else UTC)
              --count N     how many fire times, 1 to 10000 (default 5)
              --previous    list fire times at or before --from, newest first
            SPEC may hold several lines, '#' comments and, on its first line, TZ=Zone.
            Exit 0 for a valid spec. Exit 1 for an invalid one: each error is printed to standard output
            as 'line L:C: message'. Exit 2 for a usage error. Warnings go to standard error.""";

    private CronCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err, Clock.systemUTC());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (UsageException e) {
            err.println("cron: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help()) {
            out.println(USAGE);
            return 0;
        }
        CronParseResult result = JenkinsCron.parse(options.spec(), options.name());
        result.warnings().forEach(w -> err.println("line " + w.line() + ":" + w.column() + ": warning: " + w.message()));
        if (!result.isValid()) {
            result.errors().stream().map(CronProblem::format).forEach(out::println);
            return 1;
        }
        CronSchedule schedule = result.schedule().orElseThrow();
        ZoneId defaultZone = options.zone().orElse(ZoneOffset.UTC);
        ZoneId outputZone = options.zone().or(schedule::zone).orElse(ZoneOffset.UTC);
        ZonedDateTime at = options.from()
                .map(from -> from.atZone(outputZone))
                .orElseGet(() -> ZonedDateTime.now(clock.withZone(outputZone)))
                .truncatedTo(ChronoUnit.MINUTES);
        for (int i = 0; i < options.count(); i++) {
            Optional<ZonedDateTime> fire = options.previous() ? schedule.previous(at, defaultZone) : schedule.next(at, defaultZone);
            if (fire.isEmpty()) {
                break;
            }
            out.println(fire.get().format(MINUTE));
            at = options.previous() ? fire.get().minusMinutes(1) : fire.get().plusMinutes(1);
        }
        return 0;
    }

    /** The command line, read; {@code help} set means nothing else was looked at. */
    private record Options(boolean help, String spec, Optional<String> name, Optional<LocalDateTime> from,
                           Optional<ZoneId> zone, int count, boolean previous) {

        private static final Set<String> VALUED = Set.of("--name", "--from", "--zone", "--count");

        static Options parse(String[] args) throws UsageException {
            String spec = null;
            Optional<String> name = Optional.empty();
            Optional<LocalDateTime> from = Optional.empty();
            Optional<ZoneId> zone = Optional.empty();
            int count = DEFAULT_COUNT;
            boolean previous = false;
            boolean optionsEnded = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (optionsEnded || !arg.startsWith("--") && !arg.equals("-h")) {
                    if (spec != null) {
                        throw new UsageException("expected one SPEC but got a second: '" + arg + "' (quote the spec: 'H * * * *')");
                    }
                    spec = arg;
                    continue;
                }
                int eq = arg.indexOf('=');
                String flag = eq > 0 ? arg.substring(0, eq) : arg;
                String inline = eq > 0 ? arg.substring(eq + 1) : null;
                if (inline == null && VALUED.contains(flag)) {
                    if (i + 1 >= args.length) {
                        throw new UsageException(flag + " needs a value");
                    }
                    inline = args[++i];
                } else if (inline != null && !VALUED.contains(flag)) {
                    throw new UsageException(flag + " takes no value");
                }
                switch (flag) {
                    case "--" -> optionsEnded = true;
                    case "--help", "-h" -> {
                        return new Options(true, "", name, from, zone, count, previous);
                    }
                    case "--previous" -> previous = true;
                    case "--name" -> name = Optional.of(inline);
                    case "--from" -> from = Optional.of(time(inline));
                    case "--zone" -> zone = Optional.of(zone(inline));
                    case "--count" -> count = count(inline);
                    default -> throw new UsageException("unknown option '" + flag + "'");
                }
            }
            if (spec == null) {
                throw new UsageException("a SPEC is required");
            }
            return new Options(false, spec, name, from, zone, count, previous);
        }

        private static LocalDateTime time(String text) throws UsageException {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw new UsageException("--from must look like 2026-03-21T16:21, got '" + text + "'");
            }
        }

        private static ZoneId zone(String text) throws UsageException {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                throw new UsageException("--zone must be a zone id such as UTC or Europe/Berlin, got '" + text + "'");
            }
        }

        private static int count(String text) throws UsageException {
            try {
                int count = Integer.parseInt(text);
                if (count >= 1 && count <= MAX_COUNT) {
                    return count;
                }
            } catch (NumberFormatException e) {
                // reported below with the allowed range
            }
            throw new UsageException("--count must be a whole number from 1 to " + MAX_COUNT + ", got '" + text + "'");
        }
    }

    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message, null, false, false);
        }
    }
}
