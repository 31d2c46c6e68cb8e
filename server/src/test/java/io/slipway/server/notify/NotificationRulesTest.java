package io.slipway.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.TestServer;
import io.slipway.testsupport.webhook.WebhookReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server-wide notification rules from notifications.json, on a real server with a real webhook receiver. */
class NotificationRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    WebhookReceiver chat = WebhookReceiver.start();
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        chat.close();
    }

    private static String failingIn(String stage) {
        return """
                pipeline {
                    agent any
                    stages {
                        stage('Build') { steps { echo 'built' } }
                        stage('%s') { steps { error 'rollout failed' } }
                    }
                }
                """.formatted(stage);
    }

    @Test
    void aFailureOfAJobThatDeploysToProdGoesToTheRulesChannelAndOtherBuildsDoNot() throws Exception {
        Files.writeString(data.resolve("notifications.json"), JSON.writeValueAsString(Map.of(
                "rules", List.of(Map.of("name", "prod failures", "jobs", List.of("pay*"), "statuses", List.of("FAILURE"),
                        "stages", List.of("*prod*"), "step", "chatNotify",
                        "args", Map.of("url", chat.base() + "/ops", "failOnError", true))))));
        server = TestServer.start(data);

        int prod = server.startInline("payments", failingIn("Deploy prod"));
        assertThat(server.awaitEnd("payments", prod).path("status").asText()).isEqualTo("FAILURE");
        assertThat(chat.to("/ops")).hasSize(1);
        assertThat(JSON.readTree(chat.to("/ops").get(0).body()).path("text").asText())
                .isEqualTo("payments #1 FAILURE (stage 'Deploy prod')");
        assertThat(server.log("payments", prod)).contains("[rule 'prod failures'] [chatNotify] chat message sent");

        int staging = server.startInline("payroll", failingIn("Deploy staging"));
        assertThat(server.awaitEnd("payroll", staging).path("status").asText()).isEqualTo("FAILURE");
        int other = server.startInline("search", failingIn("Deploy prod"));
        assertThat(server.awaitEnd("search", other).path("status").asText()).isEqualTo("FAILURE");
        assertThat(chat.to("/ops")).hasSize(1);
    }

    @Test
    void aRuleForProdDeploymentsMatchesTheJobsThatDeployThere() throws Exception {
        Files.writeString(data.resolve("notifications.json"), JSON.writeValueAsString(Map.of(
                "rules", List.of(Map.of("name", "prod", "statuses", List.of("FAILURE"), "environments", List.of("prod"),
                        "step", "slackSend", "args", Map.of("webhookUrl", chat.base() + "/prod", "channel", "#prod"))))));
        server = TestServer.start(data);
        String deploysTo = """
                pipeline {
                    agent any
                    options { deployment('%s') }
                    stages { stage('Rollout') { steps { error 'rollout failed' } } }
                }
                """;
        int prod = server.startInline("orders", deploysTo.formatted("prod"));
        assertThat(server.awaitEnd("orders", prod).path("status").asText()).isEqualTo("FAILURE");
        int staging = server.startInline("catalog", deploysTo.formatted("staging"));
        assertThat(server.awaitEnd("catalog", staging).path("status").asText()).isEqualTo("FAILURE");

        assertThat(chat.to("/prod")).hasSize(1);
        assertThat(JSON.readTree(chat.to("/prod").get(0).body()).path("text").asText()).startsWith("orders #1 FAILURE");
    }

    @Test
    void aRuleThatCannotDeliverLeavesTheBuildsResult() throws Exception {
        chat.answer("/ops", 500, "text/plain", "down");
        Files.writeString(data.resolve("notifications.json"), JSON.writeValueAsString(Map.of(
                "delivery", Map.of("attempts", 2, "backoffMillis", 10),
                "rules", List.of(Map.of("name", "all", "step", "chatNotify",
                        "args", Map.of("url", chat.base() + "/ops", "failOnError", true))))));
        server = TestServer.start(data);
        int number = server.startInline("green", """
                pipeline { agent any; stages { stage('Build') { steps { echo 'built' } } } }
                """.replace("; ", "\n"));
        assertThat(server.awaitEnd("green", number).path("status").asText()).isEqualTo("SUCCESS");
        assertThat(chat.to("/ops")).hasSize(2);
        assertThat(server.log("green", number))
                .contains("[rule 'all'] [chatNotify] WARNING: chat message was not sent: HTTP 500 from " + chat.base());
    }

    @Test
    void aMistakeInNotificationsJsonStopsTheStartWithFileFieldAndReason() throws Exception {
        Files.writeString(data.resolve("notifications.json"), "{\"smtp\": {\"host\": \"127.0.0.1\", \"port\": \"twenty-five\"}}");
        assertThatThrownBy(() -> TestServer.start(data)).hasMessageContaining("notifications.json: smtp.port: must be a whole number");

        Files.writeString(data.resolve("notifications.json"), "{\"rules\": [{\"name\": \"x\", \"step\": \"sh\"}]}");
        assertThatThrownBy(() -> TestServer.start(data))
                .hasMessageContaining("rule 'x': 'sh' is not a notification step");
    }
}
