package io.slipway.server.deploy;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cause of a rollback build, {@code Rollback to deployment N by USER}. The build record keeps its
 * cause durably from the moment it is queued, so the cause is what marks a build as a rollback (for
 * {@code currentBuild.rollback}, {@code ROLLBACK=true} and the deployment it records), with no window in
 * which the build could start before a separate mark was written.
 */
public record RollbackCause(long deployment, String by) {

    private static final Pattern FORM = Pattern.compile("Rollback to deployment (\\d+) by (.+)");
    private static final Pattern USER = Pattern.compile("Started by user (.+)");

    /** The cause text a rollback build is queued with. */
    public String text() {
        return "Rollback to deployment " + deployment + " by " + by;
    }

    /** The rollback a build's cause names, if it is one. */
    public static Optional<RollbackCause> parse(String cause) {
        Matcher m = cause == null ? null : FORM.matcher(cause);
        return m != null && m.matches() ? Optional.of(new RollbackCause(Long.parseLong(m.group(1)), m.group(2)))
                : Optional.empty();
    }

    /** Who started a build: the user a user's or rollback's cause names, else the cause itself (timer, SCM...). */
    public static String who(String cause) {
        Optional<RollbackCause> rollback = parse(cause);
        if (rollback.isPresent()) {
            return rollback.get().by();
        }
        Matcher m = USER.matcher(cause);
        return m.matches() ? m.group(1) : cause;
    }
}
