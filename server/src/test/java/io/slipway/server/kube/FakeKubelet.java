package io.slipway.server.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatusBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Plays the kubelet for fabric8's mock API server, which has none: it watches (polls) the mock for new pods
 * and runs each pod's {@code slipway-agent} container as a local process — the REAL agent jar
 * ({@code ../agents/target/slipway-agent.jar}) with exactly the command, args and env of the pod spec, the
 * env's {@code secretKeyRef} resolved from the mock's Secret, the image's {@code java} and jar path mapped to
 * this JVM and the built jar, and each emptyDir mount mapped to a folder of its own. It writes the pod status
 * a kubelet would (Running; or ImagePullBackOff for an image it is told cannot be pulled) and kills the
 * process once the pod is deleted. Other containers are not run (nothing in these tests needs them).
 */
final class FakeKubelet implements AutoCloseable {

    private final MockKubernetes cluster;
    private final Path agentJar;
    private final Path node;
    private final Set<String> unpullable = ConcurrentHashMap.newKeySet();
    private final Map<String, Process> running = new ConcurrentHashMap<>();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final List<String> commands = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<Pod> pods = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Thread loop;
    private volatile boolean stopped;

    FakeKubelet(MockKubernetes cluster, Path agentJar, Path node) {
        this.cluster = cluster;
        this.agentJar = agentJar;
        this.node = node;
        this.loop = new Thread(this::run, "fake-kubelet");
        loop.setDaemon(true);
        loop.start();
    }

    /** Pods whose agent container has {@code image} end in ImagePullBackOff instead of running. */
    void cannotPull(String image) {
        unpullable.add(image);
    }

    /** The command lines it started, one per pod, as the process saw them (no secrets: the token is in env). */
    List<String> commands() {
        return commands;
    }

    /** Every pod it saw created, as the API server had it then. */
    List<Pod> pods() {
        return pods;
    }

    /** The folder standing in for {@code pod}'s emptyDir {@code volume}. */
    Path volume(String pod, String volume) {
        return node.resolve(pod).resolve(volume);
    }

    private void run() {
        // Bounded: the test's @AfterEach closes it; also stop after 10 minutes whatever happens.
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!stopped && System.nanoTime() < end) {
            try {
                List<Pod> listed = cluster.client().pods().inAnyNamespace().list().getItems();
                Set<String> present = ConcurrentHashMap.newKeySet();
                for (Pod pod : listed) {
                    String key = pod.getMetadata().getNamespace() + "/" + pod.getMetadata().getName();
                    present.add(key);
                    if (seen.add(key)) {
                        pods.add(pod);
                        start(pod);
                    }
                }
                running.keySet().stream().filter(k -> !present.contains(k)).toList().forEach(this::kill);
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            } catch (KubernetesClientException e) {
                if (stopped) {
                    return;
                }
            }
        }
    }

    private void start(Pod pod) {
        Container agent = pod.getSpec().getContainers().stream()
                .filter(c -> c.getName().equals(AgentPods.AGENT_CONTAINER)).findFirst().orElse(null);
        String ns = pod.getMetadata().getNamespace();
        String name = pod.getMetadata().getName();
        if (agent == null) {
            return;
        }
        if (unpullable.contains(agent.getImage())) {
            status(ns, name, new PodStatusBuilder().withPhase("Pending").withContainerStatuses(new ContainerStatusBuilder()
                    .withName(agent.getName()).withImage(agent.getImage()).withNewState().withNewWaiting()
                    .withReason("ImagePullBackOff").withMessage("Back-off pulling image \"" + agent.getImage() + "\"")
                    .endWaiting().endState().build()).build());
            return;
        }
        try {
            List<String> command = new ArrayList<>();
            agent.getCommand().forEach(arg -> command.add(hostPath(pod, agent, arg)));
            agent.getArgs().forEach(arg -> command.add(hostPath(pod, agent, arg)));
            ProcessBuilder process = new ProcessBuilder(command);
            process.environment().clear();
            process.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
            for (EnvVar env : agent.getEnv()) {
                process.environment().put(env.getName(), env.getValue() != null ? env.getValue() : secret(ns, env));
            }
            Path workdir = agent.getWorkingDir() == null ? node.resolve(name) : Path.of(hostPath(pod, agent, agent.getWorkingDir()));
            Files.createDirectories(workdir);
            Path log = Files.createDirectories(node.resolve(name)).resolve("agent.log");
            process.directory(workdir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            commands.add(String.join(" ", command));
            running.put(ns + "/" + name, process.start());
            status(ns, name, new PodStatusBuilder().withPhase("Running").withContainerStatuses(new ContainerStatusBuilder()
                    .withName(agent.getName()).withImage(agent.getImage()).withReady(true).withNewState().withNewRunning()
                    .endRunning().endState().build()).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path inside the container as the host sees it: the image's java and jar, and emptyDir mounts. */
    private String hostPath(Pod pod, Container container, String arg) {
        if (arg.equals("java")) {
            return Path.of(System.getProperty("java.home"), "bin", "java").toString();
        }
        if (arg.equals(AgentPods.AGENT_JAR)) {
            return agentJar.toString();
        }
        for (VolumeMount mount : container.getVolumeMounts()) {
            if (arg.equals(mount.getMountPath()) || arg.startsWith(mount.getMountPath() + "/")) {
                Path dir = volume(pod.getMetadata().getName(), mount.getName());
                try {
                    Files.createDirectories(dir);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return dir + arg.substring(mount.getMountPath().length());
            }
        }
        return arg;
    }

    private String secret(String namespace, EnvVar env) {
        SecretKeySelector ref = env.getValueFrom().getSecretKeyRef();
        Secret secret = cluster.client().secrets().inNamespace(namespace).withName(ref.getName()).get();
        if (secret == null) {
            throw new IllegalStateException("secret " + ref.getName() + " of env " + env.getName() + " does not exist");
        }
        if (secret.getStringData() != null && secret.getStringData().containsKey(ref.getKey())) {
            return secret.getStringData().get(ref.getKey());
        }
        return new String(Base64.getDecoder().decode(secret.getData().get(ref.getKey())), StandardCharsets.UTF_8);
    }

    private void status(String namespace, String name, io.fabric8.kubernetes.api.model.PodStatus status) {
        Pod current = cluster.client().pods().inNamespace(namespace).withName(name).get();
        if (current != null) {
            current.setStatus(status);
            cluster.client().pods().inNamespace(namespace).resource(current).updateStatus();
        }
    }

    private void kill(String key) {
        Process process = running.remove(key);
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Kills the agent of pod {@code namespace/name} as the kernel's OOM killer would, and marks the pod Failed. */
    void oomKill(String namespace, String name) {
        Process process = running.remove(namespace + "/" + name);
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        status(namespace, name, new PodStatusBuilder().withPhase("Failed").withContainerStatuses(new ContainerStatusBuilder()
                .withName(AgentPods.AGENT_CONTAINER).withNewState().withNewTerminated().withExitCode(137)
                .withReason("OOMKilled").endTerminated().endState().build()).build());
    }

    /** Whether the agent process of pod {@code namespace/name} is still running. */
    boolean runs(String namespace, String name) {
        Process process = running.get(namespace + "/" + name);
        return process != null && process.isAlive();
    }

    @Override
    public void close() {
        stopped = true;
        loop.interrupt();
        try {
            loop.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List.copyOf(running.keySet()).forEach(this::kill);
    }
}
