package io.slipway.gateway.config.schema;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Kong's checks of single string values, with Kong's messages. */
final class Checks {

    private static final Pattern LABELS =
            Pattern.compile("(?i)[a-z0-9_]([a-z0-9_-]{0,62})(\\.[a-z0-9_]([a-z0-9_-]{0,62}))*\\.?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9.\\-_~]+");
    private static final Pattern METHOD = Pattern.compile("[A-Z]+");
    private static final Pattern PORT = Pattern.compile("\\d{1,5}");

    private Checks() {}

    static final FieldType.Check NAME_CHECK = value -> NAME.matcher(value).matches() ? null
            : "invalid value '" + value + "': it must only contain alphanumeric and '., -, _, ~' characters";

    static final FieldType.Check TAG = value -> value.contains(",") || value.contains("/")
            ? "invalid tag '" + value + "': expected printable ascii (except `,` and `/`) or valid utf-8 sequences"
            : null;

    static final FieldType.Check HOST = value -> isHost(value) ? null : "invalid value: " + value;

    static final FieldType.Check METHOD_CHECK = value -> METHOD.matcher(value).matches() ? null
            : "invalid value: " + value;

    static final FieldType.Check SERVICE_PATH = value -> value.startsWith("/") ? null : "should start with: /";

    /** A route path: {@code /prefix} or a regular expression {@code ~/regex}. */
    static final FieldType.Check ROUTE_PATH = value -> {
        if (value.startsWith("~")) {
            try {
                Pattern.compile(value.substring(1));
            } catch (PatternSyntaxException e) {
                return "invalid regex: '" + value.substring(1) + "' (" + e.getDescription() + ")";
            }
            return value.startsWith("~/") ? null : "should start with: / (fixed path) or ~/ (regex path)";
        }
        return value.startsWith("/") ? null : "should start with: / (fixed path) or ~/ (regex path)";
    };

    /** A route host: a host name with an optional port, and at most one wildcard at either end. */
    static final FieldType.Check ROUTE_HOST = value -> {
        String host = value;
        int colon = host.lastIndexOf(':');
        if (colon > 0 && !host.contains("]") && host.indexOf(':') == colon) {
            String port = host.substring(colon + 1);
            if (!PORT.matcher(port).matches() || Integer.parseInt(port) > 65535) {
                return "invalid port number";
            }
            host = host.substring(0, colon);
        }
        if (host.startsWith("*.") && host.endsWith(".*")) {
            return "invalid wildcard: must have at most one wildcard";
        }
        if (host.startsWith("*.")) {
            host = host.substring(2);
        } else if (host.endsWith(".*")) {
            host = host.substring(0, host.length() - 2);
        }
        if (host.contains("*")) {
            return "invalid wildcard: must be placed at leftmost or rightmost label";
        }
        return isHost(host) ? null : "invalid hostname: " + value;
    };

    static boolean isHost(String value) {
        if (value.startsWith("[") && value.endsWith("]")) {
            return isIpv6(value.substring(1, value.length() - 1));
        }
        if (value.contains(":")) {
            return isIpv6(value);
        }
        var ipv4 = IPV4.matcher(value);
        if (ipv4.matches()) {
            for (int i = 1; i <= 4; i++) {
                if (Integer.parseInt(ipv4.group(i)) > 255) return false;
            }
            return true;
        }
        return value.length() <= 253 && LABELS.matcher(value).matches();
    }

    static boolean isIpv6(String value) {
        return value.matches("(?i)[0-9a-f:.]+") && value.contains(":");
    }
}
