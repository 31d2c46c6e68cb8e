package io.slipway.agent.notify.chat;

import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.notify.BuildSummarySource;
import io.slipway.agent.step.StepContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The texts chat steps send when the Jenkinsfile gives none, and the colours of a status, from the build
 * as it stands: {@code order-service #12 FAILURE} with the failed stage and a link when known.
 */
final class ChatText {

    private ChatText() {
    }

    static Optional<BuildSummary> summary(StepContext ctx) {
        return ctx.services().extensions().find(BuildSummarySource.class).map(BuildSummarySource::current);
    }

    /** The build's summary, or one made of its environment when the engine offers none. */
    static BuildSummary summaryOrEnv(StepContext ctx) {
        return summary(ctx).orElseGet(() -> new BuildSummary(ctx.env().getOrDefault("JOB_NAME", "job"),
                parse(ctx.env().getOrDefault("BUILD_NUMBER", "0")), "SUCCESS", "", Map.of(), List.of(), List.of(),
                null, List.of(), null, null));
    }

    /** One line: {@code order-service #12 FAILURE (stage 'Deploy') https://...}. */
    static String defaultMessage(BuildSummary s) {
        return s.defaultSubject() + (s.failedStage() == null ? "" : " (stage '" + s.failedStage() + "')")
                + (s.url() == null ? "" : " " + s.url());
    }

    /** A hex colour for a status: green, amber, red, grey. */
    static String hexColor(String status) {
        return switch (status.toUpperCase(Locale.ROOT)) {
            case "SUCCESS" -> "2EB886";
            case "UNSTABLE" -> "DAA038";
            case "FAILURE" -> "D00000";
            default -> "808080";
        };
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
