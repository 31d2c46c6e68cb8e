package io.slipway.server.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.slipway.dsl.ast.SourcePos;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The launcher against fabric8's Kubernetes mock server (CRUD mode), the only API server possible here. The
 * mock has no kubelet: where a pod must change state, the test writes the status a kubelet would.
 */
class PodLauncherTest {

    private static final SourcePos POS = new SourcePos("Jenkinsfile", 3, 9);
    private static final String TOKEN = "agent-token-4d1f0c";

    private final MockKubernetes cluster = new MockKubernetes();
    private final PodLauncher launcher = new PodLauncher(cluster::newClient);
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final AgentPods pods = new AgentPods(new KubernetesSettings(null, null, null, "http://127.0.0.1:8080",
            null, Duration.ofSeconds(30)));

    @AfterEach
    void stop() {
        launcher.close();
        cluster.close();
    }

    private AgentPod pod(String yaml) {
        return pods.create(PodRequest.ofYaml("api", 5, POS, yaml), path -> "", launcher.clientNamespace());
    }

    private void kubeletSets(AgentPod pod, io.fabric8.kubernetes.api.model.PodStatus status) {
        Pod current = cluster.client().pods().inNamespace(pod.namespace()).withName(pod.agentName()).get();
        current.setStatus(status);
        cluster.client().pods().inNamespace(pod.namespace()).resource(current).updateStatus();
    }

    @Test
    void launchCreatesTheSecretAndThePodAsSpecifiedAndCloseDeletesBoth() {
        AgentPod spec = pod("spec:\n  containers:\n  - name: tools\n    image: alpine:3\n");
        LaunchedPod launched = launcher.launch(spec, TOKEN, log::add);

        assertEquals("ci", spec.namespace(), "the client's namespace when neither pipeline nor setting names one");
        Pod created = cluster.client().pods().inNamespace("ci").withName(spec.agentName()).get();
        assertNotNull(created);
        assertEquals(spec.pod().getSpec().getContainers(), created.getSpec().getContainers());
        assertEquals("api-5", created.getMetadata().getLabels().get("slipway.io/build"));
        assertEquals("Never", created.getSpec().getRestartPolicy());
        Secret secret = cluster.client().secrets().inNamespace("ci").withName(spec.secretName()).get();
        String stored = secret.getStringData() != null && secret.getStringData().containsKey("token")
                ? secret.getStringData().get("token")
                : new String(Base64.getDecoder().decode(secret.getData().get("token")), StandardCharsets.UTF_8);
        assertEquals(TOKEN, stored);
        assertEquals(List.of(spec.agentName()), secret.getMetadata().getOwnerReferences().stream()
                .map(o -> o.getName()).toList(), "the pod owns its secret, so the cluster removes it with the pod");
        assertTrue(log.stream().noneMatch(line -> line.contains(TOKEN)), "the token never reaches the log: " + log);
        assertEquals(1, launcher.liveCount());

        launched.close();

        assertNull(cluster.client().pods().inNamespace("ci").withName(spec.agentName()).get());
        assertNull(cluster.client().secrets().inNamespace("ci").withName(spec.secretName()).get());
        assertEquals(0, launcher.liveCount());
        launched.close();
    }

    @Test
    void aPodStuckPullingItsImageFailsTheWaitWithTheKubeletsReason() {
        AgentPod spec = pod("");
        LaunchedPod launched = launcher.launch(spec, TOKEN, log::add);
        kubeletSets(spec, new PodStatusBuilder().withPhase("Pending").withContainerStatuses(new ContainerStatusBuilder()
                .withName("slipway-agent").withNewState().withNewWaiting().withReason("ImagePullBackOff")
                .withMessage("Back-off pulling image \"slipway/agent:latest\"").endWaiting().endState().build()).build());

        PodAgentFailure e = assertThrows(PodAgentFailure.class,
                () -> launched.awaitAgent(() -> false, Duration.ofSeconds(30), () -> false, log::add));

        assertEquals("pod ci/" + spec.agentName() + " cannot run the agent: container slipway-agent: ImagePullBackOff"
                + " (Back-off pulling image \"slipway/agent:latest\")", e.getMessage());
    }

    @Test
    void aFailedPodFailsTheWaitWithItsReasonAndTheAgentsExitCode() {
        AgentPod spec = pod("");
        LaunchedPod launched = launcher.launch(spec, TOKEN, log::add);
        kubeletSets(spec, new PodStatusBuilder().withPhase("Failed").withReason("Evicted")
                .withMessage("The node was low on resource: memory.").withContainerStatuses(new ContainerStatusBuilder()
                        .withName("slipway-agent").withNewState().withNewTerminated().withExitCode(1)
                        .withReason("Error").endTerminated().endState().build()).build());

        PodAgentFailure e = assertThrows(PodAgentFailure.class,
                () -> launched.awaitAgent(() -> false, Duration.ofSeconds(30), () -> false, log::add));

        assertEquals("pod ci/" + spec.agentName() + " cannot run the agent: the pod failed: Evicted (The node was low"
                + " on resource: memory.); container slipway-agent exited with code 1 (Error)", e.getMessage());
    }

    @Test
    void theWaitEndsWhenTheAgentConnectsAndLogsThePodsProgress() throws Exception {
        AgentPod spec = pod("");
        LaunchedPod launched = launcher.launch(spec, TOKEN, log::add);
        kubeletSets(spec, new PodStatusBuilder().withPhase("Pending").withContainerStatuses(new ContainerStatusBuilder()
                .withName("slipway-agent").withNewState().withNewWaiting().withReason("ContainerCreating").endWaiting()
                .endState().build()).build());
        AtomicBoolean online = new AtomicBoolean();
        int[] polls = {0};

        launched.awaitAgent(() -> {
            if (++polls[0] == 3) {
                kubeletSets(spec, new PodStatusBuilder().withPhase("Running").build());
            }
            return polls[0] >= 6 || online.get();
        }, Duration.ofSeconds(60), () -> false, log::add);

        String name = "ci/" + spec.agentName();
        assertTrue(log.contains("Pod " + name + ": Pending, container slipway-agent: ContainerCreating"), log.toString());
        assertTrue(log.contains("Pod " + name + ": Running"), log.toString());
        assertEquals("Agent " + spec.agentName() + " of pod " + name + " is online", log.get(log.size() - 1));
    }

    @Test
    void anAbortWhileWaitingEndsTheWait() {
        LaunchedPod launched = launcher.launch(pod(""), TOKEN, log::add);
        assertThrows(InterruptedException.class,
                () -> launched.awaitAgent(() -> false, Duration.ofSeconds(60), () -> true, log::add));
    }

    @Test
    void closingTheLauncherDeletesEveryPodStillThere() {
        AgentPod first = pod("");
        AgentPod second = pod("");
        launcher.launch(first, TOKEN, log::add);
        launcher.launch(second, TOKEN, log::add);
        assertEquals(2, cluster.pods("ci").size());

        launcher.close();

        assertEquals(List.of(), cluster.pods("ci"));
        assertEquals(List.of(), cluster.client().secrets().inNamespace("ci").list().getItems());
    }

    @Test
    void leftoversOfThisServerAreDeletedAndOtherServersPodsStay() {
        KubernetesSettings settings = new KubernetesSettings(null, null, null, "http://127.0.0.1:8080", null,
                Duration.ofSeconds(30));
        AgentPods mine = new AgentPods(settings, "server-a");
        AgentPods theirs = new AgentPods(settings, "server-b");
        AgentPod left = mine.create(PodRequest.ofYaml("api", 1, POS, ""), path -> "", Optional.of("ci"));
        AgentPod running = theirs.create(PodRequest.ofYaml("api", 2, POS, ""), path -> "", Optional.of("ci"));
        cluster.client().secrets().inNamespace("ci").resource(left.secret(TOKEN)).create();
        cluster.client().pods().inNamespace("ci").resource(left.pod()).create();
        cluster.client().secrets().inNamespace("ci").resource(running.secret(TOKEN)).create();
        cluster.client().pods().inNamespace("ci").resource(running.pod()).create();

        assertEquals(1, launcher.deleteLeftovers("ci", mine.ownLabels()));

        assertEquals(List.of(running.agentName()), cluster.pods("ci").stream().map(p -> p.getMetadata().getName()).toList());
        assertEquals(List.of(running.secretName()), cluster.client().secrets().inNamespace("ci").list().getItems()
                .stream().map(x -> x.getMetadata().getName()).toList());
    }

    @Test
    void aPodTheApiServerRefusesFailsTheLaunchAndLeavesNoSecret() {
        AgentPod spec = pod("");
        cluster.client().pods().inNamespace("ci").resource(spec.pod()).create();

        PodAgentFailure e = assertThrows(PodAgentFailure.class, () -> launcher.launch(spec, TOKEN, log::add));

        assertTrue(e.getMessage().startsWith("cannot create pod ci/" + spec.agentName() + ": "), e.getMessage());
        assertEquals(Optional.empty(), Optional.ofNullable(
                cluster.client().secrets().inNamespace("ci").withName(spec.secretName()).get()));
    }
}
