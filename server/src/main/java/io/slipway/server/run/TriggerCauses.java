package io.slipway.server.run;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code when { triggeredBy ... }}: whether a build's cause text ("Started by user alice", "Started by
 * timer", ...) is the cause Jenkins names by class: {@code UserIdCause}, {@code TimerTrigger},
 * {@code SCMTrigger}, {@code UpstreamCause}, {@code RemoteCause}, the branch-event causes of
 * multibranch builds, with or without their outer class ({@code TimerTrigger$TimerTriggerCause}).
 * Anything else is text the cause must contain, ignoring case, as in {@code triggeredBy 'push'}.
 */
final class TriggerCauses {

    /** Jenkins' cause class names to the start of our cause texts. */
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry("UserIdCause", "Started by user"),
            Map.entry("UserCause", "Started by user"),
            Map.entry("TimerTrigger", "Started by timer"),
            Map.entry("TimerTriggerCause", "Started by timer"),
            Map.entry("SCMTrigger", "Started by an SCM change"),
            Map.entry("SCMTriggerCause", "Started by an SCM change"),
            Map.entry("UpstreamCause", "Started by upstream project"),
            Map.entry("RemoteCause", "Started by remote host"));

    /** Causes of webhook builds: what their cause text mentions. */
    private static final Map<String, String> MENTIONS = Map.of(
            "BranchEventCause", "push",
            "BranchIndexingCause", "push",
            "GitHubPushCause", "push",
            "GitLabWebHookCause", "push",
            "PullRequestCause", "request");

    private TriggerCauses() {
    }

    static boolean matches(String cause, String wanted, Optional<String> detail) {
        String simple = wanted.substring(Math.max(wanted.lastIndexOf('$'), wanted.lastIndexOf('.')) + 1);
        String prefix = PREFIXES.get(simple);
        if (prefix != null) {
            if (!cause.startsWith(prefix)) {
                return false;
            }
            // Jenkins compares the detail with the user id of a UserIdCause, else with the description.
            return detail.map(d -> simple.startsWith("User") ? cause.equals(prefix + " " + d) : containsIgnoringCase(cause, d))
                    .orElse(true);
        }
        String mention = MENTIONS.get(simple);
        boolean matched = mention != null ? containsIgnoringCase(cause, mention) : containsIgnoringCase(cause, wanted);
        return matched && detail.map(d -> containsIgnoringCase(cause, d)).orElse(true);
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }
}
