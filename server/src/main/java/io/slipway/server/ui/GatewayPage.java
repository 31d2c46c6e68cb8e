package io.slipway.server.ui;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code /gateway}: the gateway node's services, routes, upstreams and targets with their health,
 * read through its Admin API. Without a gateway (disabled, or not reachable) the page says so.
 */
final class GatewayPage {

    private final Pages pages;
    private final Supplier<Optional<GatewayAdmin>> admin;

    GatewayPage(Pages pages, Supplier<Optional<GatewayAdmin>> admin) {
        this.pages = pages;
        this.admin = admin;
    }

    void show(Context ctx) {
        Map<String, Object> model = Views.map("title", "Gateway");
        Optional<GatewayAdmin> gateway = admin.get();
        if (gateway.isEmpty()) {
            model.put("problem", "No gateway node is attached to this server (SLIPWAY_GATEWAY_ENABLED=false).");
            pages.render(ctx, "gateway.ftlh", model);
            return;
        }
        model.put("adminUrl", gateway.get().baseUrl());
        try {
            Map<String, String> serviceNames = new HashMap<>();
            List<Map<String, Object>> services = new ArrayList<>();
            for (JsonNode s : gateway.get().get("/services").path("data")) {
                serviceNames.put(s.path("id").asText(), s.path("name").asText(s.path("id").asText()));
                services.add(Views.map("name", s.path("name").asText(""), "url", s.path("protocol").asText("http") + "://"
                        + s.path("host").asText() + ":" + s.path("port").asText() + s.path("path").asText(""),
                        "enabled", s.path("enabled").asBoolean(true)));
            }
            List<Map<String, Object>> routes = new ArrayList<>();
            for (JsonNode r : gateway.get().get("/routes").path("data")) {
                routes.add(Views.map("name", r.path("name").asText(""), "paths", join(r.path("paths")),
                        "hosts", join(r.path("hosts")), "methods", join(r.path("methods")),
                        "service", serviceNames.getOrDefault(r.path("service").path("id").asText(), "")));
            }
            List<Map<String, Object>> upstreams = new ArrayList<>();
            for (JsonNode u : gateway.get().get("/upstreams").path("data")) {
                String name = u.path("name").asText();
                Map<String, String> health = new HashMap<>();
                try {
                    for (JsonNode h : gateway.get().get("/upstreams/" + Links.path(name) + "/health").path("data")) {
                        health.put(h.path("target").asText(), h.path("health").asText(""));
                    }
                } catch (IOException e) {
                    // health is optional: an upstream without checks still lists its targets
                }
                List<Map<String, Object>> targets = new ArrayList<>();
                for (JsonNode t : gateway.get().get("/upstreams/" + Links.path(name) + "/targets").path("data")) {
                    String target = t.path("target").asText();
                    String state = health.getOrDefault(target, "HEALTHCHECKS_OFF");
                    targets.add(Views.map("target", target, "weight", t.path("weight").asText(), "health", state,
                            "healthClass", state.toLowerCase().replace('_', '-')));
                }
                upstreams.add(Views.map("name", name, "algorithm", u.path("algorithm").asText(""), "targets", targets));
            }
            model.put("services", services);
            model.put("routes", routes);
            model.put("upstreams", upstreams);
        } catch (IOException e) {
            model.put("problem", "The gateway's Admin API at " + gateway.get().baseUrl() + " did not answer: " + e.getMessage());
        }
        pages.render(ctx, "gateway.ftlh", model);
    }

    private static String join(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(n -> items.add(n.asText()));
        return String.join(", ", items);
    }
}
