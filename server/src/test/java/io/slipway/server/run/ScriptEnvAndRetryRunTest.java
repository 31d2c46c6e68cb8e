package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import org.junit.jupiter.api.Test;

/** {@code env.X = 'v'} in a script seen by later stages, and pipeline-level {@code options { retry(n) }}. */
@SlipwayTest(serverPerClass = true)
class ScriptEnvAndRetryRunTest {

    @Test
    void anEnvVariableSetInAScriptIsSeenByLaterStagesBranchesAndPost(TestServer server) {
        JsonNode build = server.runInline("env-carry", """
                pipeline {
                    agent any
                    environment { GONE = 'at first' }
                    stages {
                        stage('Decide') {
                            steps {
                                script {
                                    env.VERSION = "1.${currentBuild.number}"
                                    env.GONE = null
                                }
                            }
                        }
                        stage('Use') {
                            steps {
                                sh 'echo "shell sees VERSION=$VERSION GONE=${GONE:-unset}"'
                                echo "script sees ${env.VERSION}"
                            }
                        }
                        stage('Fan') {
                            parallel {
                                stage('Left') { steps { sh 'echo "left sees $VERSION"' } }
                                stage('Right') {
                                    environment { VERSION = 'stage-own' }
                                    steps { sh 'echo "right sees $VERSION"' }
                                }
                            }
                        }
                    }
                    post { always { echo "post sees ${env.VERSION}" } }
                }
                """);
        String log = server.log("env-carry", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("shell sees VERSION=1.1 GONE=unset", "script sees 1.1", "[Left] left sees 1.1",
                "[Right] right sees stage-own", "post sees 1.1");
    }

    @Test
    void pipelineRetryRunsTheStagesAgainUntilTheyPass(TestServer server) {
        JsonNode build = server.runInline("retried", """
                pipeline {
                    agent any
                    options { retry(3) }
                    stages {
                        stage('Flaky') {
                            steps {
                                sh 'n=$(cat attempts 2>/dev/null || echo 0); n=$((n+1)); echo $n > attempts; echo "attempt $n"; test $n -ge 3'
                            }
                        }
                        stage('After') { steps { echo 'after flaky' } }
                    }
                }
                """);
        String log = server.log("retried", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("attempt 1", "Retrying the pipeline (attempt 2 of 3)", "attempt 3", "after flaky");
        assertThat(TestServer.stages(build)).containsExactly("Flaky=FAILURE", "After=SKIPPED", "Flaky=FAILURE", "After=SKIPPED",
                "Flaky=SUCCESS", "After=SUCCESS");
    }

    @Test
    void pipelineRetryGivesUpAfterItsAttempts(TestServer server) {
        JsonNode build = server.runInline("hopeless", """
                pipeline {
                    agent any
                    options { retry(2) }
                    stages { stage('Broken') { steps { sh 'echo trying; exit 4' } } }
                    post { failure { echo 'post: failure after retries' } }
                }
                """);
        String log = server.log("hopeless", 1);
        assertThat(build.get("status").asText()).isEqualTo("FAILURE");
        assertThat(log).contains("Retrying the pipeline (attempt 2 of 2)", "post: failure after retries")
                .doesNotContain("attempt 3");
        assertThat(log.lines().filter(line -> line.equals("trying"))).as("two attempts").hasSize(2);
    }
}
