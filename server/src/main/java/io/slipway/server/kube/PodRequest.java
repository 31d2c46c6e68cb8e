package io.slipway.server.kube;

import io.slipway.dsl.ast.SourcePos;
import io.slipway.dsl.model.AgentSpec;
import io.slipway.dsl.model.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one build asks of its pod, with the pipeline's values already evaluated: the settings of
 * {@code agent { kubernetes { ... } }}, each null when the pipeline does not set it.
 *
 * @param job the job's name
 * @param number the build's number
 * @param pos where the {@code agent} directive is in the pipeline (every message about it names this)
 * @param yaml the pod as YAML text
 * @param yamlFile a file of the build's source holding the pod as YAML
 * @param inheritFrom names of pod templates, separated by spaces, merged left to right under the pod
 * @param namespace the pod's namespace
 * @param label Jenkins' pod template label; kept as the pod's {@code slipway.io/pod-label}
 * @param defaultContainer where steps run; only {@code slipway-agent} is supported so far
 * @param cloud Jenkins' cloud name; only {@code kubernetes} (the one cluster Slipway knows) is accepted
 * @param other any further setting by name (serviceAccount, nodeSelector, showRawYaml, ...)
 */
public record PodRequest(String job, int number, SourcePos pos, String yaml, String yamlFile, String inheritFrom,
        String namespace, String label, String defaultContainer, String cloud, Map<String, String> other) {

    public PodRequest {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(pos, "pos");
        other = Map.copyOf(other);
    }

    /** The request of {@code spec}, whose values {@code evaluate} turns into text (run-time expressions too). */
    public static PodRequest of(String job, int number, AgentSpec.Kubernetes spec, Function<Value, String> evaluate) {
        Function<Optional<Value>, String> text = v -> v.map(evaluate).orElse(null);
        Map<String, String> other = new LinkedHashMap<>();
        spec.other().forEach((name, value) -> other.put(name, evaluate.apply(value)));
        return new PodRequest(job, number, spec.pos(), text.apply(spec.yaml()), text.apply(spec.yamlFile()),
                text.apply(spec.inheritFrom()), text.apply(spec.namespace()), text.apply(spec.label()),
                text.apply(spec.defaultContainer()), text.apply(spec.cloud()), other);
    }

    /** A request with only a pod YAML (tests, and the simplest pipelines). */
    public static PodRequest ofYaml(String job, int number, SourcePos pos, String yaml) {
        return new PodRequest(job, number, pos, yaml, null, null, null, null, null, null, Map.of());
    }

    /** {@code <pos>: agent kubernetes} — how messages about this request begin. */
    String where() {
        return pos + ": agent kubernetes";
    }
}
