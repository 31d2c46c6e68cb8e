package io.slipway.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.slipway.agent.remote.AgentOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files under {@code deploy/} hold together: the compose file passes {@code docker-compose config},
 * the Kubernetes manifests' selectors, ports, secrets, service accounts, volumes and RBAC refer to
 * things that exist, the Dockerfiles copy the jars the build produces, every {@code SLIPWAY_*}
 * variable they set is one the code reads, and systemd accepts the units. {@code kubectl apply
 * --dry-run=client} runs against {@link KubectlDiscovery}, a stand-in that answers API discovery only (no
 * Kubernetes API server can run here): kubectl then parses every manifest, maps each apiVersion and kind to
 * a resource and scope, and resolves namespaces, but it cannot check fields against the API's OpenAPI
 * schema, which only a real API server serves ({@code --validate=false}); the cross-references are checked
 * by reading the manifests below.
 */
class DeployFilesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final boolean CI = "true".equals(System.getenv("CI"));

    @TempDir
    Path temp;

    @Test
    void theComposeFilePassesDockerComposeConfig() throws Exception {
        Path env = temp.resolve("compose.env");
        Files.writeString(env, Files.readString(DEPLOY.resolve("env.example"))
                .replace("SLIPWAY_MASTER_KEY=\n", "SLIPWAY_MASTER_KEY=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n"));
        List<String> command = List.of("docker-compose", "-f", DEPLOY.resolve("docker-compose.yml").toString(),
                "--env-file", env.toString(), "config", "-q");
        if (!onPath("docker-compose")) {
            assertThat(CI).as("CI=true but docker-compose is missing (.ci/services.sh installs it)").isFalse();
            return;
        }
        Run run = run(command);
        assertThat(run.exit()).as(run.output()).isZero();
    }

    @Test
    void composeServicesBuildFromDockerfilesThatCopyTheJarsTheBuildProduces() throws IOException {
        JsonNode compose = YAML.readTree(DEPLOY.resolve("docker-compose.yml").toFile());
        List<String> dockerfiles = new ArrayList<>();
        compose.path("services").forEach(service -> {
            if (service.has("build")) {
                dockerfiles.add(service.path("build").path("dockerfile").asText());
            }
        });
        assertThat(dockerfiles).containsExactlyInAnyOrder("deploy/docker/gateway.Dockerfile",
                "deploy/docker/server.Dockerfile", "deploy/docker/agent.Dockerfile");
        assertThat(Files.readString(DEPLOY.resolve("docker/server.Dockerfile"))).contains("COPY " + jarOf("server") + " ");
        assertThat(Files.readString(DEPLOY.resolve("docker/gateway.Dockerfile"))).contains("COPY " + jarOf("gateway") + " ");
        assertThat(Files.readString(DEPLOY.resolve("docker/agent.Dockerfile"))).contains("COPY " + jarOf("agents") + " ");
    }

    @Test
    void everySlipwayVariableTheDeployFilesSetIsOneTheCodeReads() throws IOException {
        Set<String> read = SlipwayVariables.readByCode(ROOT);
        // "SLIPWAY_X: v" (compose), "- name: SLIPWAY_X" (Kubernetes), "SLIPWAY_X=v" and "#SLIPWAY_X=v"
        // (env files), Environment="SLIPWAY_X=v" (systemd)
        Pattern set = Pattern.compile(
                "(?m)(?:^[ \\t]*#?[ \\t]*(?:-[ \\t]*name:[ \\t]*)?|Environment=\"?)(SLIPWAY_[A-Z0-9_]+)(?=[ \\t]*[:=]|[ \\t]*$)");
        int checked = 0;
        try (Stream<Path> files = Files.walk(DEPLOY)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = set.matcher(Files.readString(file));
                while (m.find()) {
                    assertThat(read).as("%s sets %s", ROOT.relativize(file), m.group(1)).contains(m.group(1));
                    checked++;
                }
            }
        }
        assertThat(checked).as("variables found in deploy/").isGreaterThan(30);
    }

    @Test
    void theKubernetesManifestsReferToThingsThatExist() throws IOException {
        List<JsonNode> docs = manifests();
        for (JsonNode doc : docs) {
            assertThat(doc.path("apiVersion").asText()).as(doc.toString()).isNotEmpty();
            assertThat(doc.path("kind").asText()).as(doc.toString()).isNotEmpty();
            assertThat(doc.path("metadata").path("name").asText()).as(doc.toString()).isNotEmpty();
        }
        Set<String> secretKeys = new HashSet<>();
        kinds(docs, "Secret").forEach(secret -> secret.path("stringData").fieldNames().forEachRemaining(secretKeys::add));
        Set<String> accounts = names(kinds(docs, "ServiceAccount"));
        Set<String> claims = names(kinds(docs, "PersistentVolumeClaim"));
        Set<String> clusterRoles = names(kinds(docs, "ClusterRole"));
        Set<String> roles = names(kinds(docs, "Role"));

        List<JsonNode> deployments = kinds(docs, "Deployment");
        assertThat(names(deployments)).containsExactlyInAnyOrder("slipway-server", "slipway-gateway", "slipway-agent");
        for (JsonNode deployment : deployments) {
            JsonNode pod = deployment.path("spec").path("template");
            JsonNode labels = pod.path("metadata").path("labels");
            deployment.path("spec").path("selector").path("matchLabels").fields().forEachRemaining(label ->
                    assertThat(labels.path(label.getKey()).asText()).as("selector of %s", name(deployment))
                            .isEqualTo(label.getValue().asText()));
            String account = pod.path("spec").path("serviceAccountName").asText("");
            if (!account.isEmpty()) {
                assertThat(accounts).contains(account);
            }
            pod.path("spec").path("volumes").forEach(volume -> {
                if (volume.has("persistentVolumeClaim")) {
                    assertThat(claims).contains(volume.path("persistentVolumeClaim").path("claimName").asText());
                }
            });
            for (JsonNode container : pod.path("spec").path("containers")) {
                for (JsonNode env : container.path("env")) {
                    JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        assertThat(secretKeys).as("secret key of %s", env.path("name").asText())
                                .contains(ref.path("key").asText());
                    }
                }
                Set<String> ports = new HashSet<>();
                container.path("ports").forEach(port -> ports.add(port.path("name").asText()));
                for (String probe : List.of("readinessProbe", "livenessProbe")) {
                    JsonNode p = container.path(probe);
                    JsonNode port = p.has("httpGet") ? p.path("httpGet").path("port") : p.path("tcpSocket").path("port");
                    if (port.isTextual()) {
                        assertThat(ports).as("%s of %s", probe, name(deployment)).contains(port.asText());
                    }
                }
            }
        }
        for (JsonNode service : kinds(docs, "Service")) {
            JsonNode selector = service.path("spec").path("selector");
            JsonNode target = deployments.stream().filter(d -> matches(selector, d)).findFirst()
                    .orElseThrow(() -> new AssertionError("service " + name(service) + " selects no deployment"));
            Set<String> ports = new HashSet<>();
            target.path("spec").path("template").path("spec").path("containers")
                    .forEach(c -> c.path("ports").forEach(p -> ports.add(p.path("name").asText())));
            service.path("spec").path("ports").forEach(port ->
                    assertThat(ports).as("targetPort of service %s", name(service)).contains(port.path("targetPort").asText()));
        }
        for (JsonNode binding : kinds(docs, "RoleBinding")) {
            boolean clusterWide = "ClusterRole".equals(binding.path("roleRef").path("kind").asText());
            assertThat(clusterWide ? clusterRoles : roles).contains(binding.path("roleRef").path("name").asText());
            binding.path("subjects").forEach(s -> assertThat(accounts).contains(s.path("name").asText()));
        }
        JsonNode release = kinds(docs, "ClusterRole").get(0);
        assertThat(grants(release, "apps", "deployments")).contains("get", "watch", "patch", "update");
        assertThat(grants(release, "apps", "replicasets")).contains("list");
        JsonNode podAgents = kinds(docs, "Role").stream().filter(r -> name(r).equals("slipway-pod-agents")).findFirst()
                .orElseThrow(() -> new AssertionError("no Role slipway-pod-agents for Kubernetes pod agents"));
        assertThat(grants(podAgents, "", "pods")).contains("create", "get", "delete");
        assertThat(grants(podAgents, "", "secrets")).contains("create", "patch", "delete");
    }

    @Test
    void kubectlAcceptsTheManifestsInAClientSideDryRun() throws Exception {
        if (!onPath("kubectl")) {
            assertThat(CI).as("CI=true but kubectl is missing (.ci/services.sh installs it)").isFalse();
            return;
        }
        Map<String, Set<String>> kinds = new TreeMap<>();
        List<String> objects = new ArrayList<>();
        for (JsonNode doc : manifests()) {
            kinds.computeIfAbsent(doc.path("apiVersion").asText(), v -> new TreeSet<>()).add(doc.path("kind").asText());
            objects.add(doc.path("kind").asText().toLowerCase(java.util.Locale.ROOT) + "/" + name(doc));
        }
        try (KubectlDiscovery cluster = new KubectlDiscovery(kinds)) {
            Run run = run(List.of("kubectl", "--kubeconfig", cluster.kubeconfig(temp).toString(), "--cache-dir",
                    temp.resolve("kube-cache").toString(), "apply", "--dry-run=client", "--validate=false",
                    "-f", DEPLOY.resolve("kubernetes").toString()));
            assertThat(run.exit()).as(run.output()).isZero();
            for (String object : objects) {
                assertThat(run.output()).as("kubectl's answer for %s", object)
                        .containsPattern("(?m)^" + Pattern.quote(object.substring(0, object.indexOf('/')))
                                + "(\\.[a-z0-9.]+)?" + Pattern.quote(object.substring(object.indexOf('/'))) + " created \\(dry run\\)$");
            }
        }
    }

    @Test
    void theAgentsOfComposeKubernetesAndSystemdPassFlagsTheAgentAcceptsAndReachTheServer() throws IOException {
        Map<String, String> token = Map.of("SLIPWAY_AGENT_TOKEN", "t");
        JsonNode services = YAML.readTree(DEPLOY.resolve("docker-compose.yml").toFile()).path("services");
        AgentOptions compose = AgentOptions.parse(strings(services.path("agent").path("command")), token);
        assertThat(services.has(compose.server().getHost())).as("compose agent's --server %s", compose.server()).isTrue();
        assertThat(compose.server().getPort()).isEqualTo(8080);
        assertThat(services.path("agent").path("environment").has("SLIPWAY_AGENT_TOKEN")).isTrue();

        List<JsonNode> docs = manifests();
        JsonNode pod = kinds(docs, "Deployment").stream().filter(d -> name(d).equals("slipway-agent")).findFirst()
                .orElseThrow().path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);
        AgentOptions cluster = AgentOptions.parse(strings(container.path("args")), token);
        Set<String> serviceHosts = new HashSet<>();
        kinds(docs, "Service").forEach(s -> serviceHosts.add(name(s) + "." + s.path("metadata").path("namespace").asText() + ".svc"));
        assertThat(serviceHosts).as("Kubernetes agent's --server %s", cluster.server()).contains(cluster.server().getHost());
        List<String> envNames = new ArrayList<>();
        container.path("env").forEach(e -> envNames.add(e.path("name").asText()));
        assertThat(envNames).contains("SLIPWAY_AGENT_TOKEN");
        assertThat(cluster.workDir().toString()).startsWith(container.path("volumeMounts").get(0).path("mountPath").asText());

        Map<String, String> env = new java.util.HashMap<>(token);
        String unit = Files.readString(DEPLOY.resolve("systemd/slipway-agent.service"));
        Matcher set = Pattern.compile("(?m)^Environment=\"?([A-Z_]+)=([^\"\\n]*)\"?$").matcher(unit);
        while (set.find()) {
            env.put(set.group(1), set.group(2));
        }
        Matcher line = Pattern.compile("(?m)^#?([A-Z_]+)=(.*)$").matcher(Files.readString(DEPLOY.resolve("systemd/agent.env.example")));
        while (line.find()) {
            env.put(line.group(1), line.group(2));
        }
        Matcher exec = Pattern.compile("(?m)^ExecStart=.*slipway-agent\\.jar (.*)$").matcher(unit);
        assertThat(exec.find()).as("ExecStart of slipway-agent.service").isTrue();
        List<String> args = new ArrayList<>();
        for (String word : exec.group(1).trim().split("\\s+")) {
            Matcher variable = Pattern.compile("\\$\\{([A-Z_]+)}").matcher(word);
            args.add(variable.matches() ? env.get(variable.group(1)) : word);
        }
        assertThat(args).as("every ${VARIABLE} of ExecStart is set by the unit or agent.env.example").doesNotContainNull();
        AgentOptions systemd = AgentOptions.parse(args.toArray(String[]::new), env);
        assertThat(systemd.server().getScheme()).isEqualTo("http");
    }

    private static String[] strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asText()));
        return values.toArray(String[]::new);
    }

    @Test
    void systemdAcceptsTheUnits() throws Exception {
        if (!onPath("systemd-analyze")) {
            return;  // not part of CI's promise: the units are plain text checked by reading elsewhere
        }
        for (String unit : List.of("slipway.service", "slipway-gateway.service", "slipway-agent.service")) {
            Run run = run(List.of("systemd-analyze", "verify", "--man=false", DEPLOY.resolve("systemd").resolve(unit).toString()));
            String complaints = run.output().lines()
                    .filter(line -> !line.contains("/opt/slipway") && !line.contains("/usr/bin/java"))
                    .filter(line -> !line.contains("is not executable") && !line.contains("No such file"))
                    .reduce("", (a, b) -> a + b + "\n");
            assertThat(complaints).as(unit).isBlank();
        }
    }

    /** Every document of every {@code deploy/kubernetes/*.yaml}. */
    private static List<JsonNode> manifests() throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEPLOY.resolve("kubernetes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (var parser = YAML.getFactory().createParser(file.toFile())) {
                    YAML.readValues(parser, JsonNode.class).forEachRemaining(doc -> {
                        if (doc != null && !doc.isNull()) {
                            docs.add(doc);
                        }
                    });
                }
            }
        }
        return docs;
    }

    private static String jarOf(String module) throws IOException {
        Matcher m = Pattern.compile("<outputFile>\\$\\{project.build.directory}/([^<]+)</outputFile>")
                .matcher(Files.readString(ROOT.resolve(module).resolve("pom.xml")));
        assertThat(m.find()).as("shaded jar of %s", module).isTrue();
        return module + "/target/" + m.group(1);
    }

    private static List<JsonNode> kinds(List<JsonNode> docs, String kind) {
        return docs.stream().filter(d -> d.path("kind").asText().equals(kind)).toList();
    }

    private static Set<String> names(List<JsonNode> docs) {
        Set<String> names = new HashSet<>();
        docs.forEach(d -> names.add(name(d)));
        return names;
    }

    private static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    private static boolean matches(JsonNode selector, JsonNode deployment) {
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
        var fields = ((ObjectNode) selector).fields();
        while (fields.hasNext()) {
            var label = fields.next();
            if (!labels.path(label.getKey()).asText().equals(label.getValue().asText())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> grants(JsonNode role, String group, String resource) {
        Set<String> verbs = new HashSet<>();
        for (JsonNode rule : role.path("rules")) {
            boolean inGroup = false;
            for (JsonNode g : rule.path("apiGroups")) {
                inGroup |= g.asText().equals(group);
            }
            boolean hasResource = false;
            for (JsonNode r : rule.path("resources")) {
                hasResource |= r.asText().equals(resource);
            }
            if (inGroup && hasResource) {
                rule.path("verbs").forEach(v -> verbs.add(v.asText()));
            }
        }
        return verbs;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within 60 s");
        }
        return new Run(process.exitValue(), output);
    }
}
