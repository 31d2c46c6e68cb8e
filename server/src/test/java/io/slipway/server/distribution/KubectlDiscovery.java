package io.slipway.server.distribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@code kubectl apply --dry-run=client} needs from a cluster, and nothing more: API discovery
 * ({@code /version}, {@code /api}, {@code /apis} and each group version's resource list) for the kinds the
 * manifests use, and 404 for every object it looks up (none exists, so each would be created). No
 * Kubernetes API server can run here; the resource names and scopes come from fabric8's Kubernetes model,
 * so a kind or apiVersion the model does not know is refused before kubectl runs. Serves real HTTP on
 * 127.0.0.1, port chosen by the system.
 */
final class KubectlDiscovery implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> documents = new TreeMap<>();

    /** @param kinds apiVersion to the kinds of that version that the manifests hold */
    KubectlDiscovery(Map<String, Set<String>> kinds) throws IOException {
        KubernetesSerialization model = new KubernetesSerialization();
        Set<String> groups = new TreeSet<>();
        for (Map.Entry<String, Set<String>> version : kinds.entrySet()) {
            ArrayNode resources = JSON.createArrayNode();
            for (String kind : version.getValue()) {
                Class<? extends KubernetesResource> type = model.getRegisteredKubernetesResource(version.getKey(), kind);
                if (type == null) {
                    throw new IllegalArgumentException("the Kubernetes model knows no kind " + kind + " in "
                            + version.getKey());
                }
                resources.addObject().put("name", HasMetadata.getPlural(type)).put("singularName",
                        HasMetadata.getSingular(type)).put("namespaced", Namespaced.class.isAssignableFrom(type))
                        .put("kind", kind).set("verbs", JSON.createArrayNode().add("create").add("get").add("patch"));
            }
            ObjectNode list = JSON.createObjectNode().put("kind", "APIResourceList").put("apiVersion", "v1")
                    .put("groupVersion", version.getKey());
            list.set("resources", resources);
            documents.put(version.getKey().contains("/") ? "/apis/" + version.getKey() : "/api/" + version.getKey(),
                    list.toString());
            if (version.getKey().contains("/")) {
                groups.add(version.getKey());
            }
        }
        ObjectNode api = JSON.createObjectNode().put("kind", "APIVersions");
        api.putArray("versions").add("v1");
        documents.put("/api", api.toString());
        ObjectNode apis = JSON.createObjectNode().put("kind", "APIGroupList").put("apiVersion", "v1");
        ArrayNode groupList = apis.putArray("groups");
        for (String groupVersion : groups) {
            ObjectNode version = JSON.createObjectNode().put("groupVersion", groupVersion)
                    .put("version", groupVersion.substring(groupVersion.indexOf('/') + 1));
            ObjectNode group = groupList.addObject().put("name", groupVersion.substring(0, groupVersion.indexOf('/')));
            group.putArray("versions").add(version);
            group.set("preferredVersion", version);
        }
        documents.put("/apis", apis.toString());
        documents.put("/version", "{\"major\":\"1\",\"minor\":\"32\",\"gitVersion\":\"v1.32.0\"}");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    /** A kubeconfig whose only cluster is this server. */
    Path kubeconfig(Path dir) throws IOException {
        Path file = dir.resolve("kubeconfig");
        Files.writeString(file, """
                apiVersion: v1
                kind: Config
                clusters: [{name: discovery, cluster: {server: "http://127.0.0.1:%d"}}]
                users: [{name: nobody, user: {}}]
                contexts: [{name: discovery, context: {cluster: discovery, user: nobody}}]
                current-context: discovery
                """.formatted(server.getAddress().getPort()));
        return file;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String document = documents.get(exchange.getRequestURI().getPath());
        int status = document == null ? 404 : 200;
        byte[] body = (document != null ? document : "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\","
                + "\"reason\":\"NotFound\",\"code\":404}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
