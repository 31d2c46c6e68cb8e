package io.slipway.server.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.slipway.agent.notify.DeliveryPolicy;
import io.slipway.agent.notify.chat.ChatRobot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@link NotifyConfig} from {@code notifications.json} in the data folder (optional) and the
 * environment, which wins field by field. A mistake is an {@link IllegalArgumentException} naming the file
 * or variable, the field and the reason; secrets are never in the file, only credential ids.
 */
public final class NotifyConfigReader {

    public static final String FILE = "notifications.json";

    private final ObjectMapper json;

    public NotifyConfigReader(ObjectMapper json) {
        this.json = json;
    }

    public NotifyConfig read(Path dataDir, Map<String, String> env) {
        Path file = dataDir.resolve(FILE);
        JsonNode root = json.createObjectNode();
        if (Files.exists(file)) {
            try {
                root = json.readTree(file.toFile());
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": not valid JSON: " + e.getMessage());
            }
            if (root == null || !root.isObject()) {
                throw new IllegalArgumentException(file + ": must be a JSON object");
            }
        }
        Fields f = new Fields(file.getFileName().toString());
        JsonNode smtp = root.path("smtp");
        SmtpConfig smtpConfig = new SmtpConfig(
                env(env, "SLIPWAY_SMTP_HOST", f.text(smtp, "smtp.host")),
                port(env.get("SLIPWAY_SMTP_PORT"), f.integer(smtp, "smtp.port")),
                env(env, "SLIPWAY_SMTP_FROM", f.text(smtp, "smtp.from")),
                flag(env, "SLIPWAY_SMTP_STARTTLS", f.bool(smtp, "smtp.starttls")),
                flag(env, "SLIPWAY_SMTP_SSL", f.bool(smtp, "smtp.ssl")),
                env(env, "SLIPWAY_SMTP_CREDENTIALS", f.text(smtp, "smtp.credentialsId")));
        if (smtpConfig.startTls() && smtpConfig.ssl()) {
            throw new IllegalArgumentException("SMTP: choose STARTTLS or SSL (implicit TLS), not both");
        }
        String url = env(env, "SLIPWAY_URL", f.text(root, "url"));
        if (url != null) {
            url = url.replaceAll("/+$", "");
        }
        return new NotifyConfig(smtpConfig, url, f.stringMap(root.path("users"), "users"), robots(root, f),
                delivery(root.path("delivery"), f), rules(root.path("rules"), f));
    }

    private static Map<String, Map<String, ChatRobot>> robots(JsonNode root, Fields f) {
        Map<String, Map<String, ChatRobot>> kinds = new LinkedHashMap<>();
        for (String kind : List.of("dingtalk")) {
            Map<String, ChatRobot> robots = new LinkedHashMap<>();
            root.path(kind).path("robots").fields().forEachRemaining(e -> {
                String at = kind + ".robots." + e.getKey();
                try {
                    robots.put(e.getKey(), new ChatRobot(e.getKey(), f.text(e.getValue(), at + ".webhookUrl"),
                            f.text(e.getValue(), at + ".webhookCredentialId"),
                            f.text(e.getValue(), at + ".secretCredentialId")));
                } catch (IllegalArgumentException bad) {
                    throw new IllegalArgumentException(f.file + ": " + at + ": give exactly one of webhookUrl and"
                            + " webhookCredentialId");
                }
            });
            kinds.put(kind, robots);
        }
        return kinds;
    }

    private static DeliveryPolicy delivery(JsonNode node, Fields f) {
        Integer attempts = f.integer(node, "delivery.attempts");
        Integer backoff = f.integer(node, "delivery.backoffMillis");
        DeliveryPolicy standard = DeliveryPolicy.standard();
        try {
            return new DeliveryPolicy(attempts == null ? standard.attempts() : attempts,
                    backoff == null ? standard.backoff() : Duration.ofMillis(backoff));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(f.file + ": delivery: " + e.getMessage());
        }
    }

    private List<NotifyRule> rules(JsonNode node, Fields f) {
        List<NotifyRule> rules = new ArrayList<>();
        if (node.isMissingNode() || node.isNull()) {
            return rules;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(f.file + ": rules: must be a list");
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode rule = node.get(i);
            String at = "rules[" + i + "]";
            String step = f.text(rule, at + ".step");
            if (step == null) {
                throw new IllegalArgumentException(f.file + ": " + at + ".step: is required (e.g. \"slackSend\")");
            }
            JsonNode args = rule.path("args");
            if (!args.isMissingNode() && !args.isObject()) {
                throw new IllegalArgumentException(f.file + ": " + at + ".args: must be an object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> argMap = args.isObject() ? json.convertValue(args, Map.class) : Map.of();
            String name = f.text(rule, at + ".name");
            rules.add(new NotifyRule(name == null ? at : name, f.list(rule, at + ".jobs"),
                    f.list(rule, at + ".statuses").stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(),
                    f.list(rule, at + ".environments"), f.list(rule, at + ".stages"), step, argMap));
        }
        return rules;
    }

    private static String env(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static boolean flag(Map<String, String> env, String name, Boolean fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback != null && fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, was '" + value + "'");
        };
    }

    private static Integer port(String fromEnv, Integer fallback) {
        if (fromEnv == null || fromEnv.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(fromEnv.strip());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SLIPWAY_SMTP_PORT must be a port number 1-65535, was '" + fromEnv + "'");
        }
    }

    /** Typed reads of the file's fields, naming file and field path in every error. */
    private record Fields(String file) {

        String text(JsonNode parent, String path) {
            JsonNode node = parent.path(last(path));
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (!node.isTextual()) {
                throw new IllegalArgumentException(file + ": " + path + ": must be a string");
            }
            return node.asText().isBlank() ? null : node.asText().strip();
        }

        Integer integer(JsonNode parent, String path) {
            JsonNode node = parent.path(last(path));
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (!node.isInt()) {
                throw new IllegalArgumentException(file + ": " + path + ": must be a whole number");
            }
            if (path.endsWith(".port") && (node.asInt() < 1 || node.asInt() > 65535)) {
                throw new IllegalArgumentException(file + ": " + path + ": must be a port number 1-65535");
            }
            return node.asInt();
        }

        Boolean bool(JsonNode parent, String path) {
            JsonNode node = parent.path(last(path));
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
            if (!node.isBoolean()) {
                throw new IllegalArgumentException(file + ": " + path + ": must be true or false");
            }
            return node.asBoolean();
        }

        List<String> list(JsonNode parent, String path) {
            JsonNode node = parent.path(last(path));
            if (node.isMissingNode() || node.isNull()) {
                return List.of();
            }
            if (!node.isArray()) {
                throw new IllegalArgumentException(file + ": " + path + ": must be a list of strings");
            }
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asText()));
            return values;
        }

        Map<String, String> stringMap(JsonNode node, String path) {
            Map<String, String> map = new LinkedHashMap<>();
            if (node.isMissingNode() || node.isNull()) {
                return map;
            }
            if (!node.isObject()) {
                throw new IllegalArgumentException(file + ": " + path + ": must be an object of name: address");
            }
            node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
            return map;
        }

        private static String last(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }
}
