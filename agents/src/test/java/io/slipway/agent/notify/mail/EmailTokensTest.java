package io.slipway.agent.notify.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.agent.notify.BuildSummary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Email Extension's tokens in subjects and bodies. */
class EmailTokensTest {

    private final BuildSummary summary = new BuildSummary("order-service", 12, "FAILURE", "Started by user alice",
            Map.of(), List.of(), List.of(), "Deploy", List.of(), "https://ci.example.com/jobs/order-service/builds/12",
            null);

    private final EmailTokens tokens = new EmailTokens(summary, () -> "<p>$BUILD_STATUS in $DEFAULT_CONTENT</p>",
            Map.of("BRANCH_NAME", "main"));

    @Test
    void knownTokensExpandInBothSpellingsAndUnknownOnesStayAsWritten() {
        assertThat(tokens.expand("$DEFAULT_SUBJECT")).isEqualTo("order-service #12 FAILURE");
        assertThat(tokens.expand("${PROJECT_NAME} - Build # $BUILD_NUMBER - $BUILD_STATUS! ($BRANCH_NAME) $NOPE"))
                .isEqualTo("order-service - Build # 12 - FAILURE! (main) $NOPE");
        assertThat(tokens.expand("$BUILD_URL by $CAUSE"))
                .isEqualTo("https://ci.example.com/jobs/order-service/builds/12 by Started by user alice");
    }

    @Test
    void theTemplatesTextIsNotExpandedASecondTime() {
        assertThat(tokens.expand("$DEFAULT_CONTENT")).isEqualTo("<p>$BUILD_STATUS in $DEFAULT_CONTENT</p>");
    }
}
