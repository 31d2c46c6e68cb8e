package io.slipway.server.kube;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import org.junit.jupiter.api.Test;

/** The Kubernetes plugin's {@code container('name') { }} step, through the API. */
@SlipwayTest(serverPerClass = true)
class ContainerStepRunTest {

    @Test
    void anotherContainerFailsTheBuildAsNotSupportedYetNamingTheLine(TestServer server) {
        JsonNode build = server.runInline("maven-in-container", """
                pipeline {
                    agent any
                    stages {
                        stage('Build') {
                            steps {
                                container('maven') {
                                    sh 'echo should-not-run'
                                }
                            }
                        }
                    }
                }
                """);
        assertThat(build.get("status").asText()).isEqualTo("FAILURE");
        String log = server.log("maven-in-container", 1);
        assertThat(log).contains("Jenkinsfile:6:17: container('maven') is not supported yet: steps of a kubernetes"
                + " agent run in its 'slipway-agent' container");
        assertThat(log).doesNotContain("should-not-run\n");
    }

    @Test
    void theAgentContainerRunsItsBlock(TestServer server) {
        JsonNode build = server.runInline("agent-container", """
                pipeline {
                    agent any
                    stages {
                        stage('Build') {
                            steps {
                                container('slipway-agent') {
                                    sh 'echo inside-the-agent-container'
                                }
                            }
                        }
                    }
                }
                """);
        assertThat(build.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(server.log("agent-container", 1)).contains("inside-the-agent-container");
    }
}
