package io.slipway.server.job.multibranch;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import io.slipway.server.job.GitSource;
import io.slipway.server.job.JobNames;
import java.util.ArrayList;
import java.util.List;

/**
 * A multibranch project as a client sends it: {@code {"name", "kind": "multibranch", "description"?,
 * "repository": {"url", "scriptPath"?}, "scanIntervalMinutes"?}}. Reading collects every field error.
 */
public record MultibranchRequest(String name, String description, String url, String scriptPath,
        int scanIntervalMinutes) {

    public static final String KIND = "multibranch";
    /** How often a project rescans when the request does not say: hourly. */
    public static final int DEFAULT_SCAN_MINUTES = 60;

    /** Whether a job body asks for a multibranch project. */
    public static boolean isMultibranch(JsonNode body) {
        return body != null && KIND.equals(body.path("kind").asText(null));
    }

    /** @throws ApiException 400 naming every invalid field */
    public static MultibranchRequest from(JsonNode body, String pathName) {
        List<FieldError> errors = new ArrayList<>();
        String name = body.path("name").isTextual() ? body.get("name").asText() : pathName;
        if (pathName != null && !pathName.equals(name)) {
            errors.add(new FieldError("name", "must match the name in the URL ('" + pathName + "')"));
        }
        JobNames.problem(name).ifPresent(reason -> errors.add(new FieldError("name", reason)));
        JsonNode repository = body.get("repository");
        String url = null;
        String scriptPath = GitSource.DEFAULT_SCRIPT;
        if (repository == null || !repository.isObject()) {
            errors.add(new FieldError("repository", "is required for a multibranch project: {\"url\", \"scriptPath\"}"));
        } else {
            url = repository.path("url").asText("");
            if (url.isBlank()) {
                errors.add(new FieldError("repository.url", "is required"));
            }
            if (repository.has("branch")) {
                errors.add(new FieldError("repository.branch", "a multibranch project builds every branch; leave it out"));
            }
            if (repository.path("scriptPath").isTextual() && !repository.get("scriptPath").asText().isBlank()) {
                scriptPath = repository.get("scriptPath").asText();
                if (scriptPath.startsWith("/") || scriptPath.contains("..")) {
                    errors.add(new FieldError("repository.scriptPath", "must be a relative path inside the repository"));
                }
            }
        }
        if (body.has("pipeline")) {
            errors.add(new FieldError("pipeline", "a multibranch project reads each branch's Jenkinsfile; leave it out"));
        }
        int minutes = DEFAULT_SCAN_MINUTES;
        JsonNode interval = body.get("scanIntervalMinutes");
        if (interval != null && !interval.isNull()) {
            if (!interval.canConvertToInt() || interval.asInt() < 1 || interval.asInt() > 7 * 24 * 60) {
                errors.add(new FieldError("scanIntervalMinutes", "must be a whole number of minutes from 1 to 10080"));
            } else {
                minutes = interval.asInt();
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("invalid multibranch project", errors);
        }
        String description = body.path("description").isTextual() ? body.get("description").asText() : null;
        return new MultibranchRequest(name, description, url, scriptPath, minutes);
    }
}
