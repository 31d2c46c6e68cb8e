package io.slipway.server.trigger.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Jenkins-compatible trigger URLs with per-job tokens, over real HTTP without a bearer token. */
@SlipwayTest
class TriggerUrlsTest {

    TestServer server;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        server.createInlineJob("deploy", """
                pipeline {
                    agent any
                    parameters { choice(name: 'ENV', choices: ['dev', 'staging', 'prod']) }
                    stages { stage('Go') { steps { echo "deploying to ${params.ENV}" } } }
                }
                """);
    }

    @Test
    void buildWithParametersStartsABuildWithThoseParametersAndTheCause() {
        String token = token();
        var reply = server.send(server.request("/job/deploy/buildWithParameters?token=" + token
                + "&ENV=prod&cause=nightly%20release", null).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.headers().firstValue("Location")).hasValue("/api/jobs/deploy/builds/1");
        JsonNode build = server.awaitEnd("deploy", 1);
        assertThat(build.path("parameters").path("ENV").asText()).isEqualTo("prod");
        assertThat(build.path("cause").asText()).startsWith("Started by remote host ").endsWith("with note: nightly release");
        assertThat(server.log("deploy", 1)).contains("deploying to prod");
    }

    @Test
    void buildByGetUsesTheDefaultsAndFormFieldsWorkForPost() {
        String token = token();
        assertThat(server.send(server.request("/job/deploy/build?token=" + token, null).GET()).status()).isEqualTo(201);
        var form = server.send(server.request("/job/deploy/buildWithParameters", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("token=" + token + "&ENV=staging")));
        assertThat(form.status()).as(form.body()).isEqualTo(201);
        assertThat(server.awaitEnd("deploy", 1).path("parameters").path("ENV").asText()).isEqualTo("dev");
        assertThat(server.awaitEnd("deploy", 2).path("parameters").path("ENV").asText()).isEqualTo("staging");
    }

    @Test
    void aBadParameterIsA400NamingItAndQueuesNothing() {
        var reply = server.send(server.request("/job/deploy/buildWithParameters?token=" + token() + "&ENV=moon", null)
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("ENV");
        assertThat(server.get("/api/jobs/deploy/builds").json()).isEmpty();
    }

    @Test
    void aWrongTokenAndAnUnknownJobGetTheSame403AndRotationRevokesTheOldToken() {
        String old = token();
        String current = token();
        var wrong = server.send(server.request("/job/deploy/build?token=" + old, null).GET());
        var unknown = server.send(server.request("/job/nope/build?token=" + current, null).GET());
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.body()).isEqualTo(wrong.body());
        assertThat(server.get("/api/jobs/deploy/builds").json()).isEmpty();
        assertThat(server.get("/api/jobs/deploy").json().path("webhook").path("triggerTokenConfigured").asBoolean()).isTrue();
        assertThat(server.get("/api/jobs/deploy").body()).doesNotContain(current);
    }

    @Test
    void repeatedFailuresFromOneClientAreRateLimited() {
        token();
        int last = 0;
        for (int i = 0; i < 11; i++) {
            last = server.send(server.request("/job/deploy/build?token=guess-" + i, null).GET()).status();
        }
        assertThat(last).isEqualTo(429);
        var limited = server.send(server.request("/job/deploy/build?token=guess", null).GET());
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }

    private String token() {
        var reply = server.post("/api/jobs/deploy/trigger-token", Map.of());
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().path("token").asText();
    }
}
