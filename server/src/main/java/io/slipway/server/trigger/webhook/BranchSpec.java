package io.slipway.server.trigger.webhook;

import java.util.regex.Pattern;

/**
 * Whether a pushed ref matches a job's branch specifier, as the Jenkins Git plugin reads one:
 * {@code main}, {@code *}{@code /main} (any remote), {@code refs/heads/main}, globs such as
 * {@code feature/*} ({@code *} stops at '/', {@code **} does not), and {@code refs/tags/*} for tags.
 * A tag push matches only a spec that names tags.
 */
public final class BranchSpec {

    private BranchSpec() {
    }

    public static boolean matches(String spec, String ref) {
        if (ref == null) {
            return false;
        }
        String wanted = spec == null || spec.isBlank() ? "**" : spec.trim();
        if (wanted.startsWith("refs/")) {
            return glob(wanted).matcher(ref).matches();
        }
        if (!ref.startsWith("refs/heads/")) {
            return false;
        }
        String branch = ref.substring("refs/heads/".length());
        if (wanted.startsWith("*/")) {
            wanted = wanted.substring(2);
        } else if (wanted.startsWith("origin/")) {
            wanted = wanted.substring("origin/".length());
        }
        return glob(wanted).matcher(branch).matches();
    }

    private static Pattern glob(String spec) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '*') {
                if (i + 1 < spec.length() && spec.charAt(i + 1) == '*') {
                    regex.append(".*");
                    i++;
                } else {
                    regex.append("[^/]*");
                }
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
