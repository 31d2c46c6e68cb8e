package io.slipway.server.trigger.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.dsl.cron.CronParseResult;
import io.slipway.dsl.cron.JenkinsCron;
import io.slipway.dsl.model.BuildResult;
import io.slipway.dsl.model.Pipeline;
import io.slipway.dsl.model.Trigger;
import io.slipway.dsl.model.Value;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The triggers one origin asks for: a cron spec, a pollSCM spec and an upstream condition, each
 * possibly absent. Read from a job's {@code "triggers"} JSON or from a Jenkinsfile's {@code triggers}.
 */
public record TriggerSettings(Optional<String> cron, Optional<String> pollScm, Optional<UpstreamSpec> upstream) {

    public static final TriggerSettings NONE = new TriggerSettings(Optional.empty(), Optional.empty(), Optional.empty());

    public boolean isEmpty() {
        return cron.isEmpty() && pollScm.isEmpty() && upstream.isEmpty();
    }

    /**
     * Reads {@code {"cron": "...", "pollSCM": "...", "upstream": {"upstreamProjects": "a, b", "threshold":
     * "SUCCESS"}}} (every part optional; null or absent means none).
     *
     * @throws ApiException 400 naming every invalid field ({@code triggers.cron}, ...) with Jenkins' message
     */
    public static TriggerSettings fromJson(JsonNode node, String jobName) {
        if (node == null || node.isNull()) {
            return NONE;
        }
        List<FieldError> errors = new ArrayList<>();
        if (!node.isObject()) {
            throw ApiException.badField("triggers", "must be an object with 'cron', 'pollSCM' and 'upstream'");
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!List.of("cron", "pollSCM", "upstream").contains(name)) {
                errors.add(new FieldError("triggers." + name, "unknown trigger (allowed: cron, pollSCM, upstream)"));
            }
        });
        Optional<String> cron = spec(node, "cron", jobName, errors);
        Optional<String> poll = spec(node, "pollSCM", jobName, errors);
        Optional<UpstreamSpec> upstream = upstream(node.get("upstream"), errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("invalid triggers of job '" + jobName + "'", errors);
        }
        return new TriggerSettings(cron, poll, upstream);
    }

    /**
     * The triggers of a Jenkinsfile's {@code triggers} section, known without a build: a spec computed by an
     * expression is left out; an empty spec means none, as in Jenkins.
     */
    public static TriggerSettings fromPipeline(Pipeline pipeline) {
        return fromPipeline(pipeline, TriggerSpecs.literals());
    }

    /** As {@link #fromPipeline(Pipeline)}, with {@code specOf} turning each spec into text (or none). */
    static TriggerSettings fromPipeline(Pipeline pipeline, java.util.function.Function<Value, Optional<String>> specOf) {
        Optional<String> cron = Optional.empty();
        Optional<String> poll = Optional.empty();
        Optional<UpstreamSpec> upstream = Optional.empty();
        for (Trigger trigger : pipeline.triggers()) {
            if (trigger instanceof Trigger.Cron c) {
                cron = specOf.apply(c.spec());
            } else if (trigger instanceof Trigger.PollScm p) {
                poll = specOf.apply(p.spec());
            } else if (trigger instanceof Trigger.Upstream u && !u.projects().isEmpty()) {
                upstream = Optional.of(new UpstreamSpec(u.projects(), u.threshold()));
            }
        }
        return new TriggerSettings(cron, poll, upstream);
    }

    private static Optional<String> spec(JsonNode node, String field, String jobName, List<FieldError> errors) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            errors.add(new FieldError("triggers." + field, "must be a string (a Jenkins cron spec)"));
            return Optional.empty();
        }
        if (value.asText().isBlank()) {
            return Optional.empty();
        }
        CronParseResult parsed = JenkinsCron.parse(value.asText(), Optional.of(jobName));
        parsed.errors().forEach(p -> errors.add(new FieldError("triggers." + field,
                "line " + p.line() + ", column " + p.column() + ": " + p.message())));
        return Optional.of(value.asText());
    }

    private static Optional<UpstreamSpec> upstream(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject() || !node.path("upstreamProjects").isTextual()) {
            errors.add(new FieldError("triggers.upstream.upstreamProjects",
                    "is required: the upstream job names, comma-separated ('a, b')"));
            return Optional.empty();
        }
        List<String> projects = Arrays.stream(node.get("upstreamProjects").asText().split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (projects.isEmpty()) {
            errors.add(new FieldError("triggers.upstream.upstreamProjects", "names no job"));
        }
        BuildResult threshold = BuildResult.SUCCESS;
        JsonNode raw = node.get("threshold");
        if (raw != null && !raw.isNull()) {
            Optional<BuildResult> parsed = raw.isTextual() ? BuildResult.find(raw.asText()) : Optional.empty();
            if (parsed.isEmpty()) {
                errors.add(new FieldError("triggers.upstream.threshold", "must be one of " + BuildResult.allowed()));
            } else {
                threshold = parsed.get();
            }
        }
        return Optional.of(new UpstreamSpec(projects, threshold));
    }
}
