package io.slipway.server.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code withCredentials} in a stage that runs on a real agent process (real WebSocket on loopback, real work
 * folder): secret files and SSH keys are files on the agent's machine, in the workspace's temp area, readable by
 * the agent's {@code sh}, masked in the log, and gone when the block ends, however it ends.
 */
class AgentCredentialsTest {

    private static final String KUBECONFIG = "apiVersion: v1 # file-secret-77";
    private static final String KEY = "-----BEGIN KEY-----\nkey-body-99\n-----END KEY-----\n";

    @TempDir
    Path temp;
    TestServer server;
    Path work;

    @BeforeEach
    void start() {
        server = TestServer.start(temp.resolve("data"));
        work = temp.resolve("agent-work");
        credential(Map.of("id", "kubeconfig", "type", "file", "content", KUBECONFIG, "fileName", "config"));
        credential(Map.of("id", "deploy-key", "type", "sshKey", "privateKey", KEY, "username", "git"));
        credential(Map.of("id", "api-token", "type", "string", "secret", "api-secret-31"));
        credential(Map.of("id", "registry", "type", "usernamePassword", "username", "robot",
                "password", "reg-pass-55"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void credential(Map<String, String> fields) {
        var created = server.post("/api/credentials", fields);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private AgentProcess agent() throws InterruptedException {
        var created = server.post("/api/agents", Map.of("name", "secure-1", "labels", List.of("linux")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        AgentProcess agent = AgentProcess.start(server.base(), created.json().get("token").asText(), "linux", work);
        agent.awaitOutput("connected to");
        return agent;
    }

    private int trigger(String job, String pipeline) {
        var created = server.post("/api/jobs", Map.of("name", job, "pipeline", pipeline));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return server.trigger(job);
    }

    /** A pipeline whose one stage runs {@code body} on the agent (labelled linux). */
    private static String onAgent(String body) {
        return """
                pipeline {
                    agent none
                    stages {
                        stage('Deploy') {
                            agent { label 'linux' }
                            steps {
                %s
                            }
                        }
                    }
                }
                """.formatted(body);
    }

    private Path secretFolder(String job) {
        return work.resolve("workspace").resolve(job + "@tmp").resolve("secretFiles");
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void fileAndSshKeyBindingsAreOwnerOnlyFilesOnTheAgentThatShReadsMaskedAndDeletedAfterTheBlock() throws Exception {
        try (AgentProcess agent = agent()) {
            int number = trigger("deploy", onAgent("""
                    withCredentials([file(credentialsId: 'kubeconfig', variable: 'KUBE'),
                            sshUserPrivateKey(credentialsId: 'deploy-key', keyFileVariable: 'KEY', usernameVariable: 'KEY_USER'),
                            string(credentialsId: 'api-token', variable: 'API'),
                            usernamePassword(credentialsId: 'registry', usernameVariable: 'REG_USER', passwordVariable: 'REG_PASS')]) {
                        sh 'echo "kube file $KUBE"; echo "kube bytes $(cat "$KUBE" | wc -c)"; echo "kube mode $(stat -c %a "$KUBE")"; cat "$KUBE"; echo'
                        sh 'echo "key bytes $(cat "$KEY" | wc -c)"; echo "key lines $(grep -c key-body "$KEY")"; echo "key user $KEY_USER"; cat "$KEY"'
                        sh 'echo "api $API as $REG_USER with $REG_PASS"'
                        sh 'echo "$KUBE" > kube-path.txt; echo "$KEY" > key-path.txt'
                    }
                    sh 'test ! -e "$(cat kube-path.txt)" && test ! -e "$(cat key-path.txt)" && echo "secret files gone"'
                    """));
            JsonNode build = server.awaitEnd("deploy", number);
            String log = server.log("deploy", number);
            assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
            Path folder = secretFolder("deploy");
            assertThat(log).contains("Running on agent secure-1", "kube file " + folder.resolve("secret-"),
                    "kube bytes " + KUBECONFIG.length(), "kube mode 600", "key bytes " + KEY.length(),
                    "key lines 1", "key user git", "api **** as robot with ****", "secret files gone");
            assertThat(log.lines()).contains("****");
            assertThat(log).doesNotContain("file-secret-77", "key-body-99", "BEGIN KEY", "api-secret-31", "reg-pass-55");

            Path workspace = work.resolve("workspace").resolve("deploy");
            Path kubeFile = Path.of(Files.readString(workspace.resolve("kube-path.txt")).trim());
            Path keyFile = Path.of(Files.readString(workspace.resolve("key-path.txt")).trim());
            assertThat(kubeFile.getParent()).isEqualTo(folder);
            assertThat(keyFile.getParent()).isEqualTo(folder);
            assertThat(kubeFile).doesNotExist();
            assertThat(keyFile).doesNotExist();
            assertThat(filesUnder(folder)).isEmpty();
            // the server's side never held them: the files were written where the shell ran
            assertThat(filesUnder(temp.resolve("data").resolve("builds").resolve("deploy"))
                    .stream().map(Path::toString).filter(p -> p.contains("secrets"))).isEmpty();
            assertThat(agent.output()).doesNotContain("file-secret-77", "key-body-99", "reg-pass-55");
        }
    }

    @Test
    void secretFilesOnTheAgentAreDeletedWhenTheBlockFailsAndWhenTheBuildIsAborted() throws Exception {
        try (AgentProcess agent = agent()) {
            int failed = trigger("fails", onAgent("""
                    withCredentials([file(credentialsId: 'kubeconfig', variable: 'KUBE')]) {
                        sh 'echo "$KUBE" > kube-path.txt; test -s "$KUBE" && echo "file present"; exit 3'
                    }
                    """));
            JsonNode build = server.awaitEnd("fails", failed);
            String log = server.log("fails", failed);
            assertThat(build.get("status").asText()).as(log).isEqualTo("FAILURE");
            assertThat(log).contains("file present").doesNotContain("could not be deleted");
            Path failedFile = Path.of(Files.readString(work.resolve("workspace").resolve("fails")
                    .resolve("kube-path.txt")).trim());
            assertThat(failedFile.getParent()).isEqualTo(secretFolder("fails"));
            assertThat(failedFile).doesNotExist();

            int aborted = trigger("aborts", onAgent("""
                    withCredentials([sshUserPrivateKey(credentialsId: 'deploy-key', keyFileVariable: 'KEY')]) {
                        sh 'echo "$KEY" > key-path.txt; echo "key in place"; sleep 60'
                    }
                    """));
            server.awaitLog("aborts", aborted, "key in place");
            assertThat(filesUnder(secretFolder("aborts"))).hasSize(1);
            var abort = server.post("/api/jobs/aborts/builds/" + aborted + "/abort", Map.of());
            assertThat(abort.status()).as(abort.body()).isEqualTo(200);
            JsonNode abortedBuild = server.awaitEnd("aborts", aborted);
            assertThat(abortedBuild.get("status").asText()).as(server.log("aborts", aborted)).isEqualTo("ABORTED");
            Path abortedFile = Path.of(Files.readString(work.resolve("workspace").resolve("aborts")
                    .resolve("key-path.txt")).trim());
            assertThat(abortedFile.getParent()).isEqualTo(secretFolder("aborts"));
            assertThat(abortedFile).doesNotExist();
            assertThat(filesUnder(secretFolder("aborts"))).isEmpty();
        }
    }

    @Test
    void environmentCredentialsOfAStageOnAnAgentAreFilesThereUntilTheStageAndItsPostEnd() throws Exception {
        try (AgentProcess agent = agent()) {
            int number = trigger("env", """
                    pipeline {
                        agent none
                        stages {
                            stage('Deploy') {
                                agent { label 'linux' }
                                environment {
                                    KUBE = credentials('kubeconfig')
                                    KEY = credentials('deploy-key')
                                }
                                steps {
                                    sh 'echo "kube file $KUBE"; echo "kube bytes $(cat "$KUBE" | wc -c)"; cat "$KUBE"; echo'
                                    sh 'echo "key user $KEY_USR, key lines $(grep -c key-body "$KEY")"; echo "$KUBE" > kube-path.txt'
                                }
                                post {
                                    always {
                                        sh 'test -s "$KUBE" && echo "still there in post"'
                                    }
                                }
                            }
                            stage('After') {
                                agent { label 'linux' }
                                steps {
                                    sh 'test ! -e "$(cat kube-path.txt)" && echo "stage secret gone"'
                                }
                            }
                        }
                    }
                    """);
            JsonNode build = server.awaitEnd("env", number);
            String log = server.log("env", number);
            assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
            assertThat(log).contains("kube file " + secretFolder("env").resolve("secret-"),
                    "kube bytes " + KUBECONFIG.length(), "key user git, key lines 1", "still there in post",
                    "stage secret gone").doesNotContain("file-secret-77", "key-body-99", "could not be deleted");
            assertThat(log.lines()).contains("****");
            assertThat(filesUnder(secretFolder("env"))).isEmpty();
        }
    }

    @Test
    void secretFilesLeftByAKilledAgentAreDeletedWhenItStartsAgain() throws Exception {
        var created = server.post("/api/agents", Map.of("name", "killed-1", "labels", List.of("linux")));
        String token = created.json().get("token").asText();
        Path leftover = work.resolve("workspace").resolve("old-job@tmp").resolve("secretFiles").resolve("secret-1");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "left by a kill -9");
        try (AgentProcess agent = AgentProcess.start(server.base(), token, "linux", work)) {
            agent.awaitOutput("connected to");
            agent.awaitOutput("deleted 1 secret file(s) left by earlier builds");
            assertThat(leftover).doesNotExist();
        }
    }
}
