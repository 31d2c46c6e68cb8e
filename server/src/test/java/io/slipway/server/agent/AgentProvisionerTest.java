package io.slipway.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.agent.log.LogSink;
import io.slipway.dsl.model.AgentSpec;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks other kinds of agents plug into (Kubernetes pod agents use them): a provisioner issues an ephemeral
 * token for a unique label, starts a real agent process with it, the build runs there, and release revokes the
 * agent and stops the process, also when no build step ever ran on it.
 */
@SlipwayTest
class AgentProvisionerTest {

    @TempDir
    Path temp;
    TestServer server;
    final List<AgentProcess> started = new CopyOnWriteArrayList<>();
    final List<String> released = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        AgentRegistry registry = server.server().agents();
        AgentPool pool = server.server().agentPool();
        // a stand-in launcher for a kind of agent no other provisioner takes here: agent { docker { ... } }
        pool.addProvisioner((BuildRef build, AgentSpec spec, LogSink log) -> {
            if (!(spec instanceof AgentSpec.Docker)) {
                return Optional.empty();
            }
            String name = "launched-" + build.job() + "-" + build.number();
            AgentRegistry.Issued issued = registry.issue(name, List.of(name), 1, true);
            log.line("Launching " + name);
            AgentProcess process = AgentProcess.start(server.base(), issued.token(), name, temp.resolve(name));
            started.add(process);
            return Optional.of(new AgentProvisioner.Provisioned() {
                @Override
                public String label() {
                    return name;
                }

                @Override
                public void release() {
                    registry.revoke(name);
                    released.add(name);
                    try {
                        process.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
        });
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (AgentProcess process : started) {
            process.close();
        }
    }

    @Test
    void aProvisionedAgentRunsTheBuildAndIsReleasedAfterwards() throws Exception {
        server.createInlineJob("launched", """
                pipeline {
                    agent { docker { image 'builder:1' } }
                    stages {
                        stage('Work') {
                            steps {
                                sh 'echo "working on $NODE_NAME"'
                            }
                        }
                    }
                }
                """);
        int number = server.trigger("launched");

        JsonNode build = server.awaitEnd("launched", number);
        String log = server.log("launched", number);
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("Launching launched-launched-1", "Waiting for an agent with label 'launched-launched-1'",
                "Running on agent launched-launched-1", "working on launched-launched-1");
        assertThat(released).containsExactly("launched-launched-1");
        assertThat(server.get("/api/agents/launched-launched-1").status()).isEqualTo(404);
        assertThat(server.server().agentPool().awaitOnline("launched-launched-1", java.time.Duration.ZERO)).isFalse();
    }
}
