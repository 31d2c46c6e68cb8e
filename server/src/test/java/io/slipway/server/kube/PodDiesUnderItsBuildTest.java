package io.slipway.server.kube;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.agent.AgentSettings;
import io.slipway.server.config.ServerSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pod killed under its running build (the OOM killer), on fabric8's Kubernetes mock server (CRUD mode; the only
 * Kubernetes API server possible here) with {@link FakeKubelet} playing the kubelet and running the real agent
 * jar: the agent goes silent, the build ends ABORTED naming it, and the log says why the pod died.
 */
class PodDiesUnderItsBuildTest {

    private static final Path AGENT_JAR = Path.of("..", "agents", "target", "slipway-agent.jar").toAbsolutePath()
            .normalize();

    @TempDir
    Path temp;
    MockKubernetes cluster;
    TestServer server;
    FakeKubelet kubelet;

    @BeforeEach
    void start() {
        cluster = new MockKubernetes();
        server = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(temp.resolve("data"), TestServer.TOKEN))
                .withAgents(new AgentSettings(Duration.ofSeconds(6))));
        server.server().podAgents().reconfigure(new KubernetesSettings(null, "builds", null, server.base(), null,
                Duration.ofSeconds(120)), new PodLauncher(cluster::newClient));
        kubelet = new FakeKubelet(cluster, AGENT_JAR, temp.resolve("node"));
    }

    @AfterEach
    void stop() {
        kubelet.close();
        server.close();
        cluster.close();
    }

    @Test
    void aPodKilledMidBuildAbortsTheBuildAndItsReasonIsLogged() throws Exception {
        server.createInlineJob("oom", """
                pipeline {
                    agent { kubernetes { yaml '' } }
                    stages { stage('Big') { steps { sh 'echo ALLOCATING; sleep 120' } } }
                }
                """);
        int number = server.trigger("oom");
        PodBuilds.awaitLog(server, "oom", number, "ALLOCATING");
        Matcher m = Pattern.compile("Created pod builds/(\\S+)").matcher(server.log("oom", number));
        assertThat(m.find()).isTrue();
        String pod = m.group(1);

        kubelet.oomKill("builds", pod);
        var build = PodBuilds.awaitEnd(server, "oom", number);
        String log = server.log("oom", number);

        assertThat(build.get("status").asText()).as(log).isEqualTo("ABORTED");
        assertThat(log).contains("agent " + pod + " went offline",
                "Pod builds/" + pod + ": the pod failed; container slipway-agent exited with code 137 (OOMKilled)",
                "Deleted pod builds/" + pod);
        assertThat(cluster.pods("builds")).isEmpty();
    }
}
