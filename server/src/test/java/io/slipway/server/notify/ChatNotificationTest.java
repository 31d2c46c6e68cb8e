package io.slipway.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.server.TestServer;
import io.slipway.testsupport.webhook.WebhookReceiver;
import io.slipway.testsupport.webhook.WebhookReceiver.Received;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat notifications from post blocks of real pipeline runs on a real server, received by a real HTTP
 * server on 127.0.0.1 that checks them as Slack, DingTalk, WeCom and Teams would.
 */
class ChatNotificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DING_SECRET = "SECdingtalk-signing-secret-0042";
    private static final String SLACK_TOKEN = "xoxb-test-token-1234";
    private static final String WECOM_KEY = "wecom-key-5678";

    @TempDir
    Path data;
    WebhookReceiver chat;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        chat = WebhookReceiver.start()
                .answer("/api/chat.postMessage", 200, "application/json", "{\"ok\":true}")
                .answer("/robot/send", 200, "application/json", "{\"errcode\":0,\"errmsg\":\"ok\"}")
                .answer("/cgi-bin/webhook/send", 200, "application/json", "{\"errcode\":0,\"errmsg\":\"ok\"}")
                .answer("/teams", 200, "text/plain", "1");
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("url", "http://127.0.0.1:8080");
        config.put("dingtalk", Map.of("robots", Map.of("ops", Map.of(
                "webhookUrl", chat.base() + "/robot/send?access_token=ding-access-token",
                "secretCredentialId", "ding-secret"))));
        config.put("delivery", Map.of("attempts", 3, "backoffMillis", 10));
        Files.writeString(data.resolve("notifications.json"), JSON.writeValueAsString(config));
        server = TestServer.start(data);
        credential("ding-secret", DING_SECRET);
        credential("slack-bot", SLACK_TOKEN);
        credential("wecom-hook", chat.base() + "/cgi-bin/webhook/send?key=" + WECOM_KEY);
        credential("deploy-token", "dpl-0a1b2c3d4e");
    }

    @AfterEach
    void stop() {
        server.close();
        chat.close();
    }

    private void credential(String id, String secret) {
        var reply = server.post("/api/credentials", Map.of("id", id, "type", "string", "secret", secret));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }

    private static JsonNode json(Received received) throws Exception {
        return JSON.readTree(received.body());
    }

    @Test
    void aFailedReleaseReachesSlackDingTalkWeComTeamsAndAGenericWebhook() throws Exception {
        String base = chat.base();
        int number = server.startInline("payments", """
                pipeline {
                    agent any
                    stages {
                        stage('Build') { steps { echo 'built' } }
                        stage('Deploy') { steps { error 'rollout failed' } }
                    }
                    post {
                        failure {
                            slackSend(webhookUrl: '%1$s/slack', channel: '#ops', color: 'danger',
                                      message: "${env.JOB_NAME} #${env.BUILD_NUMBER} failed")
                            slackSend(tokenCredentialId: 'slack-bot', baseUrl: '%1$s/api/', channel: '#releases',
                                      message: 'payments is broken')
                            dingtalk(robot: 'ops', type: 'MARKDOWN', title: 'payments failed',
                                     text: ['### payments failed', '- stage: Deploy'], at: ['13800000000'])
                            qyWechatNotification(webhookCredentialId: 'wecom-hook', mentionedId: 'alice',
                                     mentionedMobile: '13900000000', moreInfo: 'rollback started', failNotify: true)
                            office365ConnectorSend(webhookUrl: '%1$s/teams', message: 'payments failed in Deploy',
                                     status: 'FAILURE', color: '#d00000')
                            chatNotify(url: '%1$s/generic', message: 'payments failed', format: 'json')
                        }
                    }
                }
                """.formatted(base));
        assertThat(server.awaitEnd("payments", number).path("status").asText()).isEqualTo("FAILURE");
        String log = server.log("payments", number);

        JsonNode slack = json(chat.to("/slack").get(0));
        assertThat(slack.path("channel").asText()).isEqualTo("#ops");
        assertThat(slack.path("attachments").get(0).path("color").asText()).isEqualTo("danger");
        assertThat(slack.path("attachments").get(0).path("text").asText()).isEqualTo("payments #1 failed");

        Received bot = chat.to("/api/chat.postMessage").get(0);
        assertThat(bot.header("authorization")).contains("Bearer " + SLACK_TOKEN);
        assertThat(json(bot).path("channel").asText()).isEqualTo("#releases");
        assertThat(json(bot).path("text").asText()).isEqualTo("payments is broken");

        Received ding = chat.to("/robot/send").get(0);
        assertSignedAsDingTalkRequires(ding.query());
        JsonNode dingBody = json(ding);
        assertThat(dingBody.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(dingBody.path("markdown").path("title").asText()).isEqualTo("payments failed");
        assertThat(dingBody.path("markdown").path("text").asText()).isEqualTo("### payments failed  \n- stage: Deploy");
        assertThat(dingBody.path("at").path("atMobiles").get(0).asText()).isEqualTo("13800000000");

        List<Received> wecom = chat.to("/cgi-bin/webhook/send");
        assertThat(wecom).hasSize(2);
        assertThat(wecom.get(0).query()).isEqualTo("key=" + WECOM_KEY);
        JsonNode markdown = json(wecom.get(0));
        assertThat(markdown.path("msgtype").asText()).isEqualTo("markdown");
        assertThat(markdown.path("markdown").path("content").asText())
                .contains("[payments #1](http://127.0.0.1:8080/jobs/payments/builds/1)", "FAILURE",
                        "Failed stage: Deploy", "rollback started");
        JsonNode mention = json(wecom.get(1));
        assertThat(mention.path("msgtype").asText()).isEqualTo("text");
        assertThat(mention.path("text").path("mentioned_list").get(0).asText()).isEqualTo("alice");
        assertThat(mention.path("text").path("mentioned_mobile_list").get(0).asText()).isEqualTo("13900000000");

        JsonNode teams = json(chat.to("/teams").get(0));
        assertThat(teams.path("@type").asText()).isEqualTo("MessageCard");
        assertThat(teams.path("themeColor").asText()).isEqualTo("d00000");
        assertThat(teams.path("sections").get(0).path("text").asText()).isEqualTo("payments failed in Deploy");
        assertThat(teams.path("sections").get(0).path("facts").get(0).path("value").asText()).isEqualTo("FAILURE");
        assertThat(teams.path("potentialAction").get(0).path("targets").get(0).path("uri").asText())
                .isEqualTo("http://127.0.0.1:8080/jobs/payments/builds/1");

        JsonNode generic = json(chat.to("/generic").get(0));
        assertThat(generic.path("text").asText()).isEqualTo("payments failed");
        assertThat(generic.path("status").asText()).isEqualTo("FAILURE");
        assertThat(generic.path("number").asInt()).isEqualTo(1);

        assertThat(log).contains("[slackSend] Slack message sent to #ops", "[dingtalk] DingTalk message sent by robot 'ops'",
                "[qyWechatNotification] WeCom message sent", "[office365ConnectorSend] Teams message sent",
                "[chatNotify] chat message sent")
                .doesNotContain(WECOM_KEY, SLACK_TOKEN, DING_SECRET, "ding-access-token");
    }

    /** What DingTalk checks: the timestamp is within an hour of now and the signature recomputes. */
    private static void assertSignedAsDingTalkRequires(String query) throws Exception {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        assertThat(params.get("access_token")).isEqualTo("ding-access-token");
        long timestamp = Long.parseLong(params.get("timestamp"));
        assertThat(Math.abs(System.currentTimeMillis() - timestamp)).isLessThan(Duration.ofHours(1).toMillis());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(DING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + DING_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(params.get("sign")).isEqualTo(expected);
    }

    @Test
    void slackSendWithABaseUrlAndATokenPostsToTheMattermostStyleHook() throws Exception {
        credential("mattermost-hook", "hookid-7h3k9");
        int number = server.startInline("mm", """
                pipeline {
                    agent any
                    stages { stage('Build') { steps { echo 'built' } } }
                    post { success { slackSend(baseUrl: '%s/hooks/', tokenCredentialId: 'mattermost-hook',
                                               channel: 'town-square', message: 'mm built') } }
                }
                """.formatted(chat.base()));
        assertThat(server.awaitEnd("mm", number).path("status").asText()).isEqualTo("SUCCESS");
        JsonNode hook = json(chat.to("/hooks/hookid-7h3k9").get(0));
        assertThat(hook.path("channel").asText()).isEqualTo("town-square");
        assertThat(hook.path("text").asText()).isEqualTo("mm built");
        assertThat(server.log("mm", number)).contains("Slack message sent to town-square").doesNotContain("hookid-7h3k9");
    }

    @Test
    void aWebhookThatFailsOnceIsRetriedAndOneThatRefusesLeavesTheBuildGreen() {
        chat.answerOnce("/flaky", 503, "text/plain", "try later");
        chat.answer("/gone", 404, "text/plain", "no_service");
        int number = server.startInline("retries", """
                pipeline {
                    agent any
                    stages { stage('Build') { steps { echo 'built' } } }
                    post {
                        success {
                            chatNotify(url: '%1$s/flaky', message: 'built', format: 'text')
                            slackSend(webhookUrl: '%1$s/gone', message: 'built')
                        }
                    }
                }
                """.formatted(chat.base()));
        assertThat(server.awaitEnd("retries", number).path("status").asText()).isEqualTo("SUCCESS");
        String log = server.log("retries", number);
        assertThat(chat.to("/flaky")).hasSize(2);
        assertThat(chat.to("/flaky").get(1).body()).isEqualTo("built");
        assertThat(log).contains("[chatNotify] attempt 1 of 3 failed: HTTP 503 from " + chat.base() + ": try later")
                .contains("[chatNotify] chat message sent");
        // a 404 will not get better: one request, a warning, and the build stays green
        assertThat(chat.to("/gone")).hasSize(1);
        assertThat(log).contains("[slackSend] WARNING: Slack message was not sent: HTTP 404 from " + chat.base())
                .contains("Finished: SUCCESS");
    }

    @Test
    void aSecretInAChatMessageIsMaskedAndAWebhookFromACredentialNeverShows() {
        int number = server.startInline("masked", """
                pipeline {
                    agent any
                    stages { stage('Build') { steps { echo 'built' } } }
                    post {
                        always {
                            withCredentials([string(credentialsId: 'deploy-token', variable: 'TOKEN')]) {
                                chatNotify(url: '%1$s/generic', message: "deployed with ${env.TOKEN}")
                            }
                            qyWechatNotification(webhookCredentialId: 'wecom-hook', moreInfo: 'done')
                            slackSend(tokenCredentialId: 'slack-bot', baseUrl: '%1$s/api/', channel: '#x',
                                      message: "token is %2$s", failOnError: true)
                        }
                    }
                }
                """.formatted(chat.base(), SLACK_TOKEN));
        assertThat(server.awaitEnd("masked", number).path("status").asText()).isEqualTo("SUCCESS");
        assertThat(chat.to("/generic").get(0).body()).contains("deployed with ****").doesNotContain("dpl-0a1b2c3d4e");
        assertThat(chat.to("/api/chat.postMessage").get(0).body()).contains("token is ****")
                .doesNotContain(SLACK_TOKEN);
        assertThat(server.log("masked", number)).doesNotContain(WECOM_KEY, "dpl-0a1b2c3d4e", SLACK_TOKEN);
    }
}
