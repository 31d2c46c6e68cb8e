package io.slipway.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the deployments API answers to requests it cannot serve: JSON bodies naming what is wrong. */
@SlipwayTest
class DeploymentsApiErrorsTest {

    TestServer server;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        server.createInlineJob("shop",
                "pipeline { agent any\n stages { stage('A') { steps { echo 'a' } } } }");
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
