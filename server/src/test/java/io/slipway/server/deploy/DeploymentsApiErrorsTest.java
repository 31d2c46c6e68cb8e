package io.slipway.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.TestServer;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the deployments API answers to requests it cannot serve: JSON bodies naming what is wrong. */
class DeploymentsApiErrorsTest {

    @TempDir
    Path data;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(data);
        var created = server.post("/api/jobs", Map.of("name", "shop", "pipeline",
                "pipeline { agent any\n stages { stage('A') { steps { echo 'a' } } } }"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aJobWithoutReleasesHasNoDeploymentsAndNothingRunsAnywhere() {
        assertThat(server.get("/api/jobs/shop/deployments?environment=prod").json()).isEmpty();
        assertThat(server.get("/api/deployments").json()).isEmpty();
        assertThat(server.get("/api/deployments?environment=prod").json()).isEmpty();
    }

    @Test
    void aDeploymentIdThatIsNoNumberIsRefusedNamingTheField() {
        var reply = server.get("/api/jobs/shop/deployments/latest");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/fields/0/field").asText()).isEqualTo("id");
        assertThat(reply.json().at("/fields/0/reason").asText()).contains("'latest'");
        assertThat(server.post("/api/jobs/shop/deployments/-3/rollback", "").status()).isEqualTo(400);
    }

    @Test
    void anUnknownDeploymentOrJobIsNotFound() {
        var reply = server.get("/api/jobs/shop/deployments/42");
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().path("error").asText()).contains("deployment 42");
        var rollback = server.post("/api/jobs/shop/deployments/42/rollback", "");
        assertThat(rollback.status()).isEqualTo(404);
        assertThat(server.get("/api/jobs/nosuchjob/deployments").status()).isEqualTo(404);
        assertThat(server.get("/api/jobs/shop/builds").json()).as("a refused rollback queues nothing").isEmpty();
    }
}
