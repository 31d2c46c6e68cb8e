package io.slipway.agent.consul;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;

/**
 * One service instance registered in Consul, as {@code consulRegister} states it. {@link #toJson()} uses the step's
 * argument names ({@code id, service, address, port, tags, check: {http, interval}}), which is also the before and
 * after of a recorded {@code consul.service} change, so a rollback can register it again.
 *
 * @param checkHttp the HTTP health check's URL, or null for none
 * @param checkIntervalSeconds how often Consul runs the check (0 without a check)
 */
public record ConsulEntry(String id, String service, String address, int port, List<String> tags, String checkHttp,
        long checkIntervalSeconds) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public ConsulEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        tags = List.copyOf(tags);
        address = address == null || address.isBlank() ? null : address;
    }

    public ObjectNode toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("id", id).put("service", service).put("address", address).put("port", port);
        tags.forEach(json.putArray("tags")::add);
        if (checkHttp != null) {
            json.putObject("check").put("http", checkHttp).put("interval", checkIntervalSeconds + "s");
        }
        return json;
    }

    /** The JSON text of {@link #toJson()}. */
    public String toJsonText() {
        return toJson().toString();
    }
}
