package io.slipway.agent.consul;

import io.slipway.agent.arguments.ReleaseArguments;

/** Consul's check intervals: {@code 10s}, {@code 1m}, {@code 500ms} (rounded up to a second), or a number of seconds. */
final class Intervals {

    private Intervals() {
    }

    static long seconds(ReleaseArguments args, Object value) {
        String text = String.valueOf(value).strip();
        var match = java.util.regex.Pattern.compile("(\\d{1,6})(ms|s|m|h)?").matcher(text);
        if (!match.matches()) {
            throw args.failure("argument 'check': 'interval' must be a duration such as '10s' or '1m', was '" + value + "'");
        }
        long amount = Long.parseLong(match.group(1));
        String unit = match.group(2) == null ? "s" : match.group(2);
        long seconds = switch (unit) {
            case "ms" -> (amount + 999) / 1000;
            case "m" -> amount * 60;
            case "h" -> amount * 3600;
            default -> amount;
        };
        if (seconds < 1) {
            throw args.failure("argument 'check': 'interval' must be at least 1s, was '" + value + "'");
        }
        return seconds;
    }
}
