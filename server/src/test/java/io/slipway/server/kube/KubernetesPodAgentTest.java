package io.slipway.server.kube;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.slipway.server.TestServer;
import io.slipway.testsupport.git.GitFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agent { kubernetes { ... } }} end to end: a real server creates the build's pod on fabric8's Kubernetes
 * mock server (CRUD mode; the only Kubernetes API server possible here), and {@link FakeKubelet} plays the
 * kubelet, which the mock has not: it starts the REAL agent jar as a local process with exactly the command,
 * args and env of the pod's agent container (the token read from the pod's Secret). The build's result and log
 * come from that agent; afterwards pod, secret and the agent's token are gone.
 */
class KubernetesPodAgentTest {

    private static final Path AGENT_JAR = Path.of("..", "agents", "target", "slipway-agent.jar").toAbsolutePath()
            .normalize();
    private static final Pattern CREATED = Pattern.compile("Created pod builds/(\\S+)");

    @TempDir
    Path temp;
    MockKubernetes cluster;
    TestServer server;
    FakeKubelet kubelet;

    @BeforeEach
    void start() throws Exception {
        assertThat(AGENT_JAR).as("the agent jar, built by the agents module's package phase").isRegularFile();
        cluster = new MockKubernetes();
        server = TestServer.start(temp.resolve("data"));
        Path templates = Files.writeString(temp.resolve("pod-templates.yaml"), """
                jdk:
                  metadata:
                    labels: {team: platform}
                  spec:
                    nodeSelector: {pool: builds}
                    containers:
                    - name: slipway-agent
                      image: registry.example/slipway-agent:jdk17
                      resources:
                        requests: {memory: 512Mi}
                """);
        server.server().podAgents().reconfigure(new KubernetesSettings(null, "builds", null, server.base(), templates,
                Duration.ofSeconds(120)), new PodLauncher(cluster::newClient));
        kubelet = new FakeKubelet(cluster, AGENT_JAR, temp.resolve("node"));
    }

    @AfterEach
    void stop() {
        kubelet.close();
        server.close();
        cluster.close();
    }

    private static String podOf(String log) {
        Matcher m = CREATED.matcher(log);
        assertThat(m.find()).as("a pod was created:\n" + log).isTrue();
        return m.group(1);
    }

    private void assertNothingLeft(String pod) {
        assertThat(cluster.pods("builds")).as("pods left").isEmpty();
        assertThat(cluster.client().secrets().inNamespace("builds").list().getItems()).as("secrets left").isEmpty();
        assertThat(server.get("/api/agents").json().toString()).as("the pod's agent is revoked").doesNotContain(pod);
    }

    @Test
    void aBuildRunsInItsPodsAgentAndThePodIsDeletedAfterSuccess() throws Exception {
        int number = server.startInline("in-pod", """
                pipeline {
                    agent {
                        kubernetes {
                            label 'maven-pod'
                            yaml '''
                                apiVersion: v1
                                kind: Pod
                                metadata:
                                  labels: {app: in-pod}
                                spec:
                                  containers:
                                  - name: tools
                                    image: busybox:1.36
                                    command: [sleep, infinity]
                            '''
                        }
                    }
                    stages {
                        stage('Build') {
                            steps {
                                sh 'echo "made in the pod" > marker.txt && echo "POD-MARKER $(cat marker.txt)"'
                            }
                        }
                    }
                }
                """);
        JsonNode build = PodBuilds.awaitEnd(server, "in-pod", number);
        String log = server.log("in-pod", number);

        assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
        String pod = podOf(log);
        assertThat(log).contains("POD-MARKER made in the pod", "Running on agent " + pod, "Deleted pod builds/" + pod);
        Path workspace = kubelet.volume(pod, "workspace-volume");
        try (var files = Files.walk(workspace)) {
            assertThat(files.filter(f -> f.getFileName().toString().equals("marker.txt")).toList())
                    .as("the agent wrote the file in the pod's workspace volume").hasSize(1);
        }
        assertThat(temp.resolve("data").resolve("workspace").resolve("in-pod").resolve("marker.txt")).doesNotExist();
        Pod created = kubelet.pods().get(0);
        assertThat(created.getMetadata().getLabels()).containsEntry("slipway.io/build", "in-pod-1")
                .containsEntry("slipway.io/label", pod).containsEntry("slipway.io/pod-label", "maven-pod")
                .containsEntry("app", "in-pod");
        assertThat(kubelet.commands().get(0)).contains("--server " + server.base() + " --name " + pod + " --labels "
                + pod + " --executors 1");
        assertNothingLeft(pod);
    }

    @Test
    void aStageLevelPodInheritsItsTemplateAndAFailingStepFailsTheBuildAndDeletesThePod() throws Exception {
        int number = server.startInline("failing", """
                pipeline {
                    agent none
                    stages {
                        stage('Test') {
                            agent {
                                kubernetes {
                                    inheritFrom 'jdk'
                                    yaml 'metadata: {labels: {team: payments}}'
                                }
                            }
                            steps {
                                sh 'echo "tests ran in the pod" && exit 3'
                            }
                        }
                    }
                }
                """);
        JsonNode build = PodBuilds.awaitEnd(server, "failing", number);
        String log = server.log("failing", number);

        assertThat(build.get("status").asText()).as(log).isEqualTo("FAILURE");
        String pod = podOf(log);
        assertThat(log).contains("tests ran in the pod", "Deleted pod builds/" + pod);
        Pod created = kubelet.pods().get(0);
        assertThat(created.getMetadata().getLabels()).containsEntry("team", "payments");
        assertThat(created.getSpec().getNodeSelector()).isEqualTo(Map.of("pool", "builds"));
        Container agent = created.getSpec().getContainers().get(0);
        assertThat(agent.getName()).isEqualTo("slipway-agent");
        assertThat(agent.getImage()).isEqualTo("registry.example/slipway-agent:jdk17");
        assertNothingLeft(pod);
    }

    @Test
    void anAbortedBuildDeletesItsPod() throws Exception {
        int number = server.startInline("aborted", """
                pipeline {
                    agent { kubernetes { yaml '' } }
                    stages {
                        stage('Wait') {
                            steps {
                                sh 'echo WAITING-IN-POD; sleep 120'
                            }
                        }
                    }
                }
                """);
        PodBuilds.awaitLog(server, "aborted", number, "WAITING-IN-POD");
        String pod = podOf(server.log("aborted", number));
        assertThat(kubelet.runs("builds", pod)).isTrue();

        assertThat(server.post("/api/jobs/aborted/builds/" + number + "/abort", "").status()).isEqualTo(200);
        JsonNode build = PodBuilds.awaitEnd(server, "aborted", number);

        assertThat(build.get("status").asText()).as(server.log("aborted", number)).isEqualTo("ABORTED");
        assertNothingLeft(pod);
    }

    @Test
    void aPodWhoseImageCannotBePulledFailsTheBuildWithTheKubeletsReason() throws Exception {
        kubelet.cannotPull("registry.example/missing:1");
        int number = server.startInline("unpullable", """
                pipeline {
                    agent {
                        kubernetes {
                            yaml '''
                                spec:
                                  containers:
                                  - name: slipway-agent
                                    image: registry.example/missing:1
                            '''
                        }
                    }
                    stages {
                        stage('Never') { steps { sh 'echo SHOULD-NOT-RUN' } }
                    }
                }
                """);
        JsonNode build = PodBuilds.awaitEnd(server, "unpullable", number);
        String log = server.log("unpullable", number);

        assertThat(build.get("status").asText()).as(log).isEqualTo("FAILURE");
        String pod = podOf(log);
        assertThat(log).contains("pod builds/" + pod + " cannot run the agent: container slipway-agent: ImagePullBackOff"
                + " (Back-off pulling image \"registry.example/missing:1\")");
        assertThat(log).doesNotContain("SHOULD-NOT-RUN\n");
        assertNothingLeft(pod);
    }

    @Test
    void yamlFileComesFromTheJobsRepositoryAtTheBuildsCommit() throws Exception {
        try (GitFixture git = GitFixture.create(temp.resolve("repo"))) {
            git.commit("pod from a file", Map.of("Jenkinsfile", """
                    pipeline {
                        agent {
                            kubernetes {
                                yamlFile 'ci/pod.yaml'
                            }
                        }
                        stages {
                            stage('Build') {
                                steps {
                                    sh 'echo "checked out in the pod: $(cat ci/pod.yaml | grep -c from-file)"'
                                }
                            }
                        }
                    }
                    """, "ci/pod.yaml", "metadata:\n  labels: {origin: from-file}\n"));
            server.createRepositoryJob("from-git", git.url());
            var triggered = server.post("/api/jobs/from-git/builds", Map.of());
            assertThat(triggered.status()).as(triggered.body()).isEqualTo(201);
            int number = triggered.json().get("number").asInt();
            JsonNode build = PodBuilds.awaitEnd(server, "from-git", number);
            String log = server.log("from-git", number);

            assertThat(build.get("status").asText()).as(log).isEqualTo("SUCCESS");
            assertThat(log).contains("checked out in the pod: 1");
            assertThat(kubelet.pods().get(0).getMetadata().getLabels()).containsEntry("origin", "from-file");
            assertNothingLeft(podOf(log));

            git.commit("pod file misnamed", Map.of("Jenkinsfile", """
                    pipeline {
                        agent {
                            kubernetes {
                                yamlFile 'ci/missing.yaml'
                            }
                        }
                        stages { stage('Never') { steps { echo 'never' } } }
                    }
                    """));
            int second = server.trigger("from-git");
            assertThat(PodBuilds.awaitEnd(server, "from-git", second).get("status").asText()).isEqualTo("FAILURE");
            assertThat(server.log("from-git", second)).contains("Jenkinsfile:3:9: agent kubernetes yamlFile"
                    + " 'ci/missing.yaml': no such file at commit ");
            assertThat(kubelet.pods()).hasSize(1);
        }
    }

    @Test
    void badPodYamlFailsTheBuildNamingTheAgentsPositionAndCreatesNothing() throws Exception {
        int number = server.startInline("bad-yaml", """
                pipeline {
                    agent {
                        kubernetes {
                            yaml 'spec: {containers: [}'
                        }
                    }
                    stages {
                        stage('Never') { steps { echo 'never' } }
                    }
                }
                """);
        JsonNode build = PodBuilds.awaitEnd(server, "bad-yaml", number);
        String log = server.log("bad-yaml", number);

        assertThat(build.get("status").asText()).isEqualTo("FAILURE");
        assertThat(log).contains("Jenkinsfile:3:9: agent kubernetes yaml is not valid YAML: line 1, column 21");
        assertThat(kubelet.pods()).isEmpty();
        assertThat(cluster.pods("builds")).isEmpty();
        assertThat(server.get("/api/agents").json()).isEmpty();
    }

    @Test
    void withoutTheServerUrlSettingAKubernetesAgentFailsTheBuildSayingWhichSetting() throws Exception {
        server.server().podAgents().reconfigure(new KubernetesSettings(null, "builds", null, null, null,
                Duration.ofSeconds(5)), new PodLauncher(cluster::newClient));
        int number = server.startInline("no-url", """
                pipeline {
                    agent { kubernetes { yaml '' } }
                    stages { stage('Never') { steps { echo 'never' } } }
                }
                """);
        JsonNode build = PodBuilds.awaitEnd(server, "no-url", number);

        assertThat(build.get("status").asText()).isEqualTo("FAILURE");
        assertThat(server.log("no-url", number)).contains("SLIPWAY_K8S_SERVER_URL is not set");
        assertThat(List.copyOf(cluster.pods("builds"))).isEmpty();
    }
}
