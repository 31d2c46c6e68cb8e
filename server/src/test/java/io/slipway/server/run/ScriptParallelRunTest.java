package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import org.junit.jupiter.api.Test;

/** The {@code parallel} step inside {@code script} blocks, through the API. */
@SlipwayTest(serverPerClass = true)
class ScriptParallelRunTest {

    @Test
    void branchesRunAtOnceAndTheirValuesComeBackByName(TestServer server) {
        // Each branch waits (bounded) for the other's flag file: only branches running at once both pass.
        JsonNode build = server.runInline("fan", """
                pipeline {
                    agent any
                    stages {
                        stage('Fan') {
                            steps {
                                script {
                                    def results = parallel left: {
                                        sh 'touch left.flag; for i in $(seq 1 200); do test -f right.flag && break; sleep 0.05; done; test -f right.flag'
                                        'L'
                                    }, right: {
                                        sh 'touch right.flag; for i in $(seq 1 200); do test -f left.flag && break; sleep 0.05; done; test -f left.flag'
                                        echo 'right done'
                                        'R'
                                    }
                                    echo "results ${results.left}${results.right}"
                                }
                            }
                        }
                    }
                }
                """);
        String log = server.log("fan", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("[right] right done", "results LR");
    }

    @Test
    void aMapOfClosuresBuiltInTheScriptRunsAsBranches(TestServer server) {
        JsonNode build = server.runInline("mapped", """
                pipeline {
                    agent any
                    stages {
                        stage('Each') {
                            steps {
                                script {
                                    def branches = [:]
                                    for (name in ['x', 'y', 'z']) {
                                        def n = name
                                        branches["build-${n}"] = { echo "building ${n}" }
                                    }
                                    parallel branches
                                }
                            }
                        }
                    }
                }
                """);
        String log = server.log("mapped", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("[build-x] building x", "[build-y] building y", "[build-z] building z");
    }

    @Test
    void aFailingBranchFailsTheStepNamingItAndFailFastStopsTheOthers(TestServer server) {
        JsonNode build = server.runInline("fast", """
                pipeline {
                    agent any
                    stages {
                        stage('Fan') {
                            steps {
                                script {
                                    parallel quick: {
                                        sh 'sleep 0.5; echo quick fails; exit 3'
                                    }, slow: {
                                        sh 'sleep 30'
                                        echo 'slow finished'
                                    }, failFast: true
                                }
                            }
                        }
                        stage('Later') { steps { echo 'later stage ran' } }
                    }
                }
                """);
        String log = server.log("fast", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("FAILURE");
        assertThat(log).contains("[quick] quick fails", "Failed in branch").contains("quick")
                .doesNotContain("slow finished", "later stage ran");
    }

    @Test
    void withoutFailFastTheOtherBranchesFinishBeforeTheStepFails(TestServer server) {
        JsonNode build = server.runInline("patient", """
                pipeline {
                    agent any
                    stages {
                        stage('Fan') {
                            steps {
                                script {
                                    parallel broken: { error 'broken branch' }, steady: { sleep 1; echo 'steady finished' }
                                }
                            }
                        }
                    }
                }
                """);
        String log = server.log("patient", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("FAILURE");
        assertThat(log).contains("[steady] steady finished", "Failed in branch broken: broken branch");
    }
}
