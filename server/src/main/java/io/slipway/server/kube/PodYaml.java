package io.slipway.server.kube;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * Reads a pod manifest written as YAML (a pipeline's {@code yaml}, a {@code yamlFile}, a named template) into
 * a plain tree of maps and lists, which {@link PodMerge} merges, and turns a merged tree into fabric8's
 * {@link Pod}. Every failure names where the YAML came from. Thread-safe.
 */
final class PodYaml {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");

    private PodYaml() {
    }

    /**
     * The manifest {@code text} as a tree; {@code origin} names it in messages ("Jenkinsfile:3:5: yaml",
     * "pod template 'maven'"). An empty text is an empty pod. Checks that it is a mapping, a {@code Pod}
     * if it says its kind, and that fabric8 can read it as a pod.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String text, String origin) {
        if (text == null || text.isBlank()) {
            return new LinkedHashMap<>();
        }
        Object tree;
        try {
            tree = SERIALIZATION.unmarshal(text, Object.class);
        } catch (RuntimeException e) {
            throw new PodAgentFailure(origin + " is not valid YAML: " + syntaxProblem(e));
        }
        if (tree == null) {
            return new LinkedHashMap<>();
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new PodAgentFailure(origin + " must be a pod manifest (a YAML mapping with kind: Pod), not a "
                    + (tree instanceof java.util.List<?> ? "list" : "single value"));
        }
        Object kind = map.get("kind");
        if (kind != null && !"Pod".equals(kind)) {
            throw new PodAgentFailure(origin + " must describe a Pod, but its kind is '" + kind + "'");
        }
        Map<String, Object> pod = (Map<String, Object>) map;
        toPod(pod, origin);
        return pod;
    }

    /** The tree as fabric8's pod; a field of the wrong type fails naming {@code origin}. */
    static Pod toPod(Map<String, Object> tree, String origin) {
        try {
            return SERIALIZATION.convertValue(tree, Pod.class);
        } catch (RuntimeException e) {
            throw new PodAgentFailure(origin + " is not a valid pod: " + shapeProblem(e));
        }
    }

    /** The pod as YAML, as {@code kubectl get -o yaml} would show it (for the build's log). */
    static String asYaml(Pod pod) {
        return SERIALIZATION.asYaml(pod);
    }

    /** A tree read from YAML or JSON text of a whole file (for the templates file). */
    static Object read(String text) {
        return SERIALIZATION.unmarshal(text, Object.class);
    }

    /** A YAML syntax error as "line L, column C: problem" (the parser's mark, 1-based). */
    private static String syntaxProblem(RuntimeException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        Matcher mark = MARK.matcher(message);
        String at = "";
        while (mark.find()) {
            at = "line " + mark.group(1) + ", column " + mark.group(2) + ": ";
        }
        String[] lines = message.strip().split("\n");
        String problem = lines[0];
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("\t")) {
                problem = line.strip();
            }
        }
        return at + problem;
    }

    /** A field of the wrong shape as "spec.containers[0].image: problem". */
    private static String shapeProblem(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException jackson) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : jackson.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.length() == 0 ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                String problem = String.valueOf(jackson.getOriginalMessage()).lines().findFirst().orElse("")
                        .replaceAll("java\\.lang\\.|java\\.util\\.|io\\.fabric8\\.kubernetes\\.api\\.model\\.", "")
                        .replaceAll(" \\(token `[^`]*`\\)", "");
                return (path.length() == 0 ? "" : path + ": ") + problem;
            }
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }
}
