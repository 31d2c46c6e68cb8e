package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import org.junit.jupiter.api.Test;

/** {@code stash} and {@code unstash} across stages and parallel branches of one build, through the API. */
@SlipwayTest(serverPerClass = true)
class StashRunTest {

    @Test
    void filesStashedInOneStageAreUnstashedInLaterStagesAndParallelBranches(TestServer server) {
        JsonNode build = server.runInline("stasher", """
                pipeline {
                    agent any
                    stages {
                        stage('Build') {
                            steps {
                                sh 'mkdir -p out && echo "artifact v1" > out/app.txt && echo junk > out/app.tmp'
                                stash name: 'app', includes: 'out/**', excludes: '**/*.tmp'
                            }
                        }
                        stage('Verify') {
                            parallel {
                                stage('Left') {
                                    steps {
                                        dir('left') {
                                            unstash 'app'
                                            sh 'cat out/app.txt; test ! -e out/app.tmp'
                                        }
                                    }
                                }
                                stage('Right') {
                                    steps {
                                        dir('right') {
                                            writeFile file: 'right.txt', text: 'from the right branch'
                                            stash name: 'right', includes: 'right.txt'
                                        }
                                    }
                                }
                            }
                        }
                        stage('Collect') {
                            steps {
                                dir('collected') {
                                    unstash 'right'
                                    unstash name: 'app'
                                    sh 'cat right.txt out/app.txt'
                                }
                            }
                        }
                    }
                }
                """);
        String log = server.log("stasher", build.get("number").asInt());
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("Stashed 1 file(s) as 'app'", "[Left] artifact v1", "from the right branch");
    }

    @Test
    void unstashingAnUnknownNameFailsTheBuildNamingIt(TestServer server) {
        JsonNode build = server.runInline("lost", """
                pipeline {
                    agent any
                    stages {
                        stage('Build') {
                            steps {
                                writeFile file: 'a.txt', text: 'a'
                                stash 'sources'
                            }
                        }
                        stage('Use') {
                            steps { unstash 'binaries' }
                        }
                    }
                }
                """);
        assertThat(build.get("status").asText()).isEqualTo("FAILURE");
        assertThat(server.log("lost", build.get("number").asInt()))
                .contains("no such saved stash 'binaries' (stashes of this build: 'sources')");
    }
}
