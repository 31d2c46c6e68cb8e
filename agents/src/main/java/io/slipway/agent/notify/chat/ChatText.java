package io.slipway.agent.notify.chat;

import io.slipway.agent.notify.BuildSummary;
import io.slipway.agent.step.StepContext;
import java.util.Locale;

/**
 * The texts chat steps send when the Jenkinsfile gives none, and the colours of a status, from the build
 * as it stands: {@code order-service #12 FAILURE} with the failed stage and a link when known.
 */
final class ChatText {

    private ChatText() {
    }

    /** The build's summary as it stands (see {@link BuildSummary#of}). */
    static BuildSummary summaryOrEnv(StepContext ctx) {
        return BuildSummary.of(ctx);
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
}
