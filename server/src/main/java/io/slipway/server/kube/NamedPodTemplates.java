package io.slipway.server.kube;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The pod templates that {@code inheritFrom} names, as Jenkins keeps them in its Kubernetes cloud's
 * configuration: a YAML file ({@code SLIPWAY_K8S_POD_TEMPLATES}) mapping each template's name to a pod
 * manifest, written either as a nested mapping or as a block of YAML text:
 * <pre>
 * maven:
 *   spec:
 *     containers:
 *     - name: maven
 *       image: maven:3.9-eclipse-temurin-17
 * gpu: |
 *   spec:
 *     nodeSelector: {accelerator: nvidia}
 * </pre>
 * The file is read at each use, so an edit applies to the next build without a restart. Thread-safe.
 */
final class NamedPodTemplates {

    private final Path file;

    /** Templates from {@code file}; null means none are configured. */
    NamedPodTemplates(Path file) {
        this.file = file;
    }

    /** The manifest of template {@code name}, or a failure naming the templates that exist. */
    @SuppressWarnings("unchecked")
    Map<String, Object> get(String name, String origin) {
        Map<String, Object> all = readAll();
        Object template = all.get(name);
        if (template == null) {
            throw new PodAgentFailure(origin + ": no pod template named '" + name + "'"
                    + (all.isEmpty() ? " (none are configured in SLIPWAY_K8S_POD_TEMPLATES)"
                    : " (templates: " + String.join(", ", new TreeSet<>(all.keySet())) + ")"));
        }
        String where = "pod template '" + name + "' in " + file;
        if (template instanceof String text) {
            return PodYaml.parse(text, where);
        }
        if (!(template instanceof Map<?, ?> map)) {
            throw new PodAgentFailure(where + " must be a pod manifest (a mapping or a block of YAML text)");
        }
        Map<String, Object> pod = (Map<String, Object>) map;
        PodYaml.toPod(pod, where);
        return pod;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> readAll() {
        if (file == null) {
            return Map.of();
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new PodAgentFailure("SLIPWAY_K8S_POD_TEMPLATES: cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        Object tree;
        try {
            tree = text.isBlank() ? Map.of() : PodYaml.read(text);
        } catch (RuntimeException e) {
            throw new PodAgentFailure("SLIPWAY_K8S_POD_TEMPLATES: " + file + " is not valid YAML");
        }
        if (tree == null) {
            return Map.of();
        }
        if (!(tree instanceof Map<?, ?> map)) {
            throw new PodAgentFailure("SLIPWAY_K8S_POD_TEMPLATES: " + file + " must map template names to pods");
        }
        Map<String, Object> templates = new LinkedHashMap<>();
        ((Map<Object, Object>) map).forEach((k, v) -> templates.put(String.valueOf(k), v));
        return templates;
    }
}
