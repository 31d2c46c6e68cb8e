package io.slipway.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A password parameter reaches the build but never comes back from the API. */
@SlipwayTest
class PasswordParametersTest {

    @Test
    void aPasswordParameterIsUsedByTheBuildAndShownAsStarsByTheApi(TestServer server) {
        assertThat(server.post("/api/jobs", Map.of("name", "login", "pipeline", """
                pipeline {
                    agent any
                    parameters {
                        password(name: 'PASS', defaultValue: '', description: 'the deploy password')
                        string(name: 'USER', defaultValue: 'deployer')
                    }
                    stages {
                        stage('Use') { steps { sh 'test "$PASS" = "s3cret-value" && echo "password received"' } }
                    }
                }
                """)).status()).isEqualTo(201);
        var created = server.post("/api/jobs/login/builds", Map.of("parameters", Map.of("PASS", "s3cret-value")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("s3cret-value");

        var build = server.awaitEnd("login", 1);
        assertThat(build.path("status").asText()).isEqualTo("SUCCESS");
        assertThat(server.log("login", 1)).contains("password received").doesNotContain("s3cret-value");
        assertThat(build.path("parameters").path("PASS").asText()).isEqualTo("****");
        assertThat(build.path("parameters").path("USER").asText()).isEqualTo("deployer");
        assertThat(server.get("/api/jobs/login/builds").body()).doesNotContain("s3cret-value").contains("****");
    }
}
