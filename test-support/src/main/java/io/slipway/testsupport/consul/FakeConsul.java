package io.slipway.testsupport.consul;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A fake of the Consul agent's HTTP API for tests, not Consul: a JDK HttpServer on 127.0.0.1:0
 * holding registered services in memory. It implements
 * <ul>
 *   <li>{@code PUT /v1/agent/service/register} (body: ID, Name, Address, Port, Tags) and
 *       {@code PUT /v1/agent/service/deregister/{id}};</li>
 *   <li>{@code GET /v1/health/service/{name}} with {@code passing} (only passing instances), the
 *       {@code X-Consul-Index} header and blocking queries: with {@code index=N} the answer waits until
 *       the state's index passes N or {@code wait} (e.g. {@code 30s}, default 5 min, capped at 60 s) elapses;</li>
 *   <li>{@code GET /v1/catalog/services} and {@code GET /v1/status/leader};</li>
 *   <li>{@code GET /v1/agent/services}: the registered services by ID with their {@code Meta}; the
 *       {@code Check} and {@code Meta} a registration sent are kept ({@link #registration}).</li>
 * </ul>
 * Tests may also change state directly ({@link #register}, {@link #deregister}, {@link #setPassing}).
 * Every change bumps one global index, as Consul's Raft index would.
 */
public final class FakeConsul implements AutoCloseable {

    /** One registered instance. */
    public record Instance(String id, String name, String address, int port, List<String> tags, boolean passing) {
        public Instance {
            tags = List.copyOf(tags);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-consul");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Instance> instances = new LinkedHashMap<>();
    /** The register bodies as sent, by service ID, for what a test wants to see beyond {@link Instance}. */
    private final Map<String, JsonNode> registrations = new LinkedHashMap<>();
    private long index = 1;

    public FakeConsul() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The agent's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public synchronized void register(String id, String name, String address, int port, List<String> tags) {
        instances.put(id, new Instance(id, name, address, port, tags, true));
        changed();
    }

    public synchronized void deregister(String id) {
        registrations.remove(id);
        if (instances.remove(id) != null) {
            changed();
        }
    }

    /** Marks an instance's health check passing or critical. */
    public synchronized void setPassing(String id, boolean passing) {
        Instance i = instances.get(id);
        if (i != null && i.passing() != passing) {
            instances.put(id, new Instance(i.id(), i.name(), i.address(), i.port(), i.tags(), passing));
            changed();
        }
    }

    /** The body of the last {@code PUT /v1/agent/service/register} for {@code id} (with Check, Meta), if any. */
    public synchronized java.util.Optional<JsonNode> registration(String id) {
        return java.util.Optional.ofNullable(registrations.get(id));
    }

    public synchronized List<Instance> instances() {
        return List.copyOf(instances.values());
    }

    private void changed() {
        index++;
        notifyAll();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (method.equals("PUT") && path.equals("/v1/agent/service/register")) {
                JsonNode body = JSON.readTree(ex.getRequestBody());
                List<String> tags = new ArrayList<>();
                body.path("Tags").forEach(t -> tags.add(t.asText()));
                String name = body.path("Name").asText();
                // Consul reads JSON keys case-insensitively; consul-client sends "Id", curl users "ID"
                String id = body.has("ID") ? body.path("ID").asText(name) : body.path("Id").asText(name);
                register(id, name, body.path("Address").asText("127.0.0.1"), body.path("Port").asInt(), tags);
                synchronized (this) {
                    registrations.put(id, body);
                }
                send(ex, 200, "", currentIndex());
            } else if (method.equals("PUT") && path.startsWith("/v1/agent/service/deregister/")) {
                deregister(path.substring("/v1/agent/service/deregister/".length()));
                send(ex, 200, "", currentIndex());
            } else if (method.equals("GET") && path.startsWith("/v1/health/service/")) {
                health(ex, path.substring("/v1/health/service/".length()));
            } else if (method.equals("GET") && path.equals("/v1/catalog/services")) {
                send(ex, 200, JSON.writeValueAsString(catalog()), currentIndex());
            } else if (method.equals("GET") && path.equals("/v1/agent/services")) {
                send(ex, 200, JSON.writeValueAsString(agentServices()), currentIndex());
            } else if (method.equals("GET") && path.equals("/v1/status/leader")) {
                send(ex, 200, "\"127.0.0.1:8300\"", currentIndex());
            } else {
                send(ex, 404, "fake consul: no handler for " + method + " " + path, currentIndex());
            }
        }
    }

    private synchronized long currentIndex() {
        return index;
    }

    private synchronized Map<String, List<String>> catalog() {
        Map<String, List<String>> services = new LinkedHashMap<>();
        instances.values().forEach(i -> services.computeIfAbsent(i.name(), n -> new ArrayList<>()).addAll(i.tags()));
        return services;
    }

    private synchronized Map<String, Object> agentServices() {
        Map<String, Object> services = new LinkedHashMap<>();
        for (Instance i : instances.values()) {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("ID", i.id());
            service.put("Service", i.name());
            service.put("Tags", i.tags());
            service.put("Address", i.address());
            JsonNode meta = registrations.containsKey(i.id()) ? registrations.get(i.id()).get("Meta") : null;
            service.put("Meta", meta == null || !meta.isObject() ? Map.of() : meta);
            service.put("Port", i.port());
            service.put("EnableTagOverride", false);
            service.put("Datacenter", "dc1");
            services.put(i.id(), service);
        }
        return services;
    }

    private void health(HttpExchange ex, String service) throws IOException {
        Map<String, String> query = query(ex.getRequestURI());
        boolean passingOnly = query.containsKey("passing") && !"false".equals(query.get("passing"));
        long waitFor = query.containsKey("index") ? Long.parseLong(query.get("index")) : 0;
        long waitMillis = Math.min(60_000, parseWait(query.getOrDefault("wait", "5m")));
        List<Map<String, Object>> entries = new ArrayList<>();
        long answeredIndex;
        synchronized (this) {
            long deadline = System.currentTimeMillis() + waitMillis;
            while (waitFor > 0 && index <= waitFor && System.currentTimeMillis() < deadline) {
                try {
                    wait(Math.max(1, deadline - System.currentTimeMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            answeredIndex = index;
            for (Instance i : instances.values()) {
                if (i.name().equals(service) && (!passingOnly || i.passing())) {
                    entries.add(entry(i));
                }
            }
        }
        send(ex, 200, JSON.writeValueAsString(entries), answeredIndex);
    }

    private static Map<String, Object> entry(Instance i) {
        Map<String, Object> node = Map.of("ID", "fake-node-id", "Node", "fake-node", "Address", "127.0.0.1",
                "Datacenter", "dc1", "TaggedAddresses", Map.of("lan", "127.0.0.1", "wan", "127.0.0.1"), "Meta", Map.of());
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("ID", i.id());
        service.put("Service", i.name());
        service.put("Tags", i.tags());
        service.put("Address", i.address());
        service.put("Meta", Map.of());
        service.put("Port", i.port());
        service.put("EnableTagOverride", false);
        Map<String, Object> check = new LinkedHashMap<>();
        check.put("Node", "fake-node");
        check.put("CheckID", "service:" + i.id());
        check.put("Name", "Service '" + i.name() + "' check");
        check.put("Status", i.passing() ? "passing" : "critical");
        check.put("Notes", "");
        check.put("Output", "");
        check.put("ServiceID", i.id());
        check.put("ServiceName", i.name());
        check.put("ServiceTags", i.tags());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("Node", node);
        entry.put("Service", service);
        entry.put("Checks", List.of(check));
        return entry;
    }

    private static long parseWait(String wait) {
        if (wait.endsWith("ms")) return Long.parseLong(wait.substring(0, wait.length() - 2));
        if (wait.endsWith("s")) return Long.parseLong(wait.substring(0, wait.length() - 1)) * 1000;
        if (wait.endsWith("m")) return Long.parseLong(wait.substring(0, wait.length() - 1)) * 60_000;
        return Long.parseLong(wait) * 1000;
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String p : raw.split("&")) {
                int eq = p.indexOf('=');
                params.put(eq < 0 ? p : p.substring(0, eq), eq < 0 ? "" : p.substring(eq + 1));
            }
        }
        return params;
    }

    private static void send(HttpExchange ex, int status, String body, long index) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("X-Consul-Index", Long.toString(index));
        ex.getResponseHeaders().set("X-Consul-Knownleader", "true");
        ex.getResponseHeaders().set("X-Consul-Lastcontact", "0");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            notifyAll();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
