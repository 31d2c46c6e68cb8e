package io.slipway.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayTest;
import io.slipway.server.TestServer;
import io.slipway.testsupport.git.GitFixture;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steps that had no test of their own, each used as a Jenkinsfile uses it, through the API: sh's
 * returnStdout and returnStatus, withEnv, dir and pwd, fileExists and readFile, catchError, unstable,
 * the retry and timeout steps, the file, usernamePassword and sshUserPrivateKey bindings, git and
 * checkout scm.
 */
@SlipwayTest(serverPerClass = true)
class BuiltinStepsRunTest {

    @TempDir
    Path repos;

    @Test
    void shellValuesEnvironmentFoldersAndFilesWorkAsInJenkins(TestServer server) {
        JsonNode build = server.run("basics", Map.of("pipeline", """
                pipeline {
                    agent any
                    stages {
                        stage('Steps') {
                            steps {
                                script {
                                    def out = sh(script: 'echo "  captured output  "', returnStdout: true).trim()
                                    def code = sh(script: 'exit 7', returnStatus: true)
                                    echo "stdout=[${out}] status=${code}"
                                    withEnv(['COLOR=blue', 'SIZE=10']) {
                                        sh 'echo "env COLOR=$COLOR SIZE=$SIZE"'
                                    }
                                    sh 'echo "outside COLOR=${COLOR:-unset}"'
                                    dir('nested/deeper') {
                                        writeFile file: 'note.txt', text: 'kept'
                                        echo "pwd ends with ${pwd().endsWith('nested/deeper')}"
                                    }
                                    echo "exists=${fileExists('nested/deeper/note.txt')} missing=${fileExists('nope.txt')}"
                                    echo "read=${readFile('nested/deeper/note.txt')}"
                                }
                            }
                        }
                    }
                }
                """));
        String log = server.log("basics", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("stdout=[captured output] status=7", "env COLOR=blue SIZE=10",
                "outside COLOR=unset", "pwd ends with true", "exists=true missing=false", "read=kept");
    }

    @Test
    void catchErrorAndUnstableMarkResultsAndTheBuildGoesOn(TestServer server) {
        JsonNode build = server.run("marks", Map.of("pipeline", """
                pipeline {
                    agent any
                    stages {
                        stage('Caught') {
                            steps {
                                catchError(buildResult: 'UNSTABLE', stageResult: 'FAILURE') {
                                    sh 'echo failing inside; exit 2'
                                }
                                echo 'after catchError'
                            }
                        }
                        stage('Warned') {
                            steps {
                                unstable 'coverage below 80%'
                            }
                        }
                        stage('Clean') { steps { echo 'clean stage ran' } }
                    }
                }
                """));
        String log = server.log("marks", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("UNSTABLE");
        assertThat(TestServer.stages(build)).containsExactly("Caught=FAILURE", "Warned=UNSTABLE", "Clean=SUCCESS");
        assertThat(log).contains("failing inside", "after catchError", "coverage below 80%", "clean stage ran");
    }

    @Test
    void theRetryStepRerunsItsBlockAndTheTimeoutStepAbortsASlowOne(TestServer server) {
        JsonNode build = server.run("guarded", Map.of("pipeline", """
                pipeline {
                    agent any
                    stages {
                        stage('Retry') {
                            steps {
                                retry(3) {
                                    sh 'n=$(cat tries 2>/dev/null || echo 0); n=$((n+1)); echo $n > tries; echo "try $n"; test $n -ge 2'
                                }
                            }
                        }
                        stage('Timeout') {
                            steps {
                                timeout(time: 1, unit: 'SECONDS') {
                                    sh 'sleep 30; echo slept'
                                }
                            }
                        }
                    }
                }
                """));
        String log = server.log("guarded", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("ABORTED");
        assertThat(TestServer.stages(build)).containsExactly("Retry=SUCCESS", "Timeout=ABORTED");
        assertThat(log).contains("try 1", "try 2").doesNotContain("try 3", "slept");
    }

    @Test
    void fileUsernamePasswordAndSshKeyBindingsExposeValuesMasked(TestServer server) {
        assertThat(server.post("/api/credentials", Map.of("id", "kubeconfig", "type", "file",
                "content", "apiVersion: v1 # file-secret-77", "fileName", "config")).status()).isEqualTo(201);
        assertThat(server.post("/api/credentials", Map.of("id", "registry", "type", "usernamePassword",
                "username", "robot", "password", "reg-pass-55")).status()).isEqualTo(201);
        assertThat(server.post("/api/credentials", Map.of("id", "deploy-key", "type", "sshKey",
                "privateKey", "-----BEGIN KEY-----\nkey-body-99\n-----END KEY-----", "username", "git")).status())
                .isEqualTo(201);
        JsonNode build = server.run("bound", Map.of("pipeline", """
                pipeline {
                    agent any
                    stages {
                        stage('Bind') {
                            steps {
                                withCredentials([file(credentialsId: 'kubeconfig', variable: 'KUBECONFIG'),
                                        usernamePassword(credentialsId: 'registry', usernameVariable: 'REG_USER',
                                                passwordVariable: 'REG_PASS'),
                                        sshUserPrivateKey(credentialsId: 'deploy-key', keyFileVariable: 'KEY_FILE',
                                                usernameVariable: 'KEY_USER')]) {
                                    sh 'cat "$KUBECONFIG"; echo "user $REG_USER pass $REG_PASS"; grep -c key-body "$KEY_FILE"; echo "key user $KEY_USER"'
                                    sh 'test -f "$KEY_FILE" && echo "key file exists"'
                                }
                            }
                        }
                    }
                }
                """));
        String log = server.log("bound", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("key file exists", "****").contains("user ")
                .doesNotContain("file-secret-77", "reg-pass-55", "key-body-99");
    }

    @Test
    void gitAndCheckoutScmFetchRealRepositories(TestServer server) {
        String library;
        String libraryCommit;
        try (GitFixture git = GitFixture.create(repos.resolve("library"))) {
            libraryCommit = git.commit("library", Map.of("lib.txt", "library content"));
            library = git.url();
        }
        String url;
        try (GitFixture git = GitFixture.create(repos.resolve("app"))) {
            git.commit("app", Map.of("app.txt", "app content", "Jenkinsfile", """
                    pipeline {
                        agent any
                        options { skipDefaultCheckout() }
                        stages {
                            stage('Sources') {
                                steps {
                                    sh 'test ! -e app.txt && echo "nothing checked out yet"'
                                    checkout scm
                                    sh 'cat app.txt'
                                    dir('lib') {
                                        script {
                                            def vars = git url: '%s', branch: 'main'
                                            echo "library at ${vars.GIT_COMMIT}"
                                        }
                                        sh 'cat lib.txt'
                                    }
                                }
                            }
                        }
                    }
                    """.formatted(library)));
            url = git.url();
        }
        JsonNode build = server.run("sources", Map.of("repository", Map.of("url", url, "branch", "main")));
        String log = server.log("sources", 1);
        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        assertThat(log).contains("nothing checked out yet", "app content", "library content",
                "library at " + libraryCommit);
    }
}
