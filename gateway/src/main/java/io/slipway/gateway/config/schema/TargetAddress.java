package io.slipway.gateway.config.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Normalises a target to {@code host:port}, adding Kong's default port 8000 when none is given. */
final class TargetAddress implements EntitySchema.Preparation {

    static final int DEFAULT_PORT = 8000;

    @Override
    public void prepare(ObjectNode input, ObjectNode errors) {
        var target = input.get("target");
        if (target == null || !target.isTextual() || target.asText().isEmpty()) {
            return;
        }
        String normal = normalise(target.asText());
        if (normal == null) {
            errors.put("target", "Invalid target ('" + target.asText() + "'); not a valid hostname or ip address");
        } else {
            input.put("target", normal);
        }
    }

    static String normalise(String value) {
        String host = value;
        String port = null;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) return null;
            host = value.substring(0, close + 1);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) return null;
                port = rest.substring(1);
            }
        } else if (value.indexOf(':') >= 0 && value.indexOf(':') == value.lastIndexOf(':')) {
            host = value.substring(0, value.indexOf(':'));
            port = value.substring(value.indexOf(':') + 1);
        } else if (value.indexOf(':') >= 0) {
            host = "[" + value + "]";
        }
        if (!Checks.isHost(host)) return null;
        int p = DEFAULT_PORT;
        if (port != null) {
            if (!port.matches("\\d{1,5}")) return null;
            p = Integer.parseInt(port);
            if (p < 1 || p > 65535) return null;
        }
        return host + ":" + p;
    }
}
