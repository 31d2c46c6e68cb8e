package io.slipway.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.api.ApiException;
import io.slipway.server.api.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * A job as a client sends it: {@code {"name", "description"?, "repository": {"url", "branch"?,
 * "scriptPath"?}}} or {@code {"name", "description"?, "pipeline": "..."}}. Reading collects every
 * field error before failing.
 */
public record JobRequest(String name, String description, JobSource source) {

    /**
     * Reads and checks a request body.
     *
     * @param pathName the name from the URL for PUT (the body's name may be omitted or must match), or null
     * @throws ApiException 400 naming every invalid field
     */
    public static JobRequest from(JsonNode body, String pathName) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw ApiException.badField("body", "must be a JSON object");
        }
        String name = text(body, "name", errors);
        if (pathName != null) {
            if (name == null) {
                name = pathName;
            } else if (!name.equals(pathName)) {
                errors.add(new FieldError("name", "must match the name in the URL ('" + pathName + "')"));
            }
        }
        JobNames.problem(name).ifPresent(reason -> errors.add(new FieldError("name", reason)));
        String description = text(body, "description", errors);
        JobSource source = source(body, errors);
        if (!errors.isEmpty()) {
            throw ApiException.badRequest("invalid job", errors);
        }
        return new JobRequest(name, description, source);
    }

    private static JobSource source(JsonNode body, List<FieldError> errors) {
        JsonNode repository = body.get("repository");
        String pipeline = text(body, "pipeline", errors);
        boolean hasRepository = repository != null && !repository.isNull();
        if (hasRepository && pipeline != null) {
            errors.add(new FieldError("repository", "give either 'repository' or 'pipeline', not both"));
            return null;
        }
        if (pipeline != null) {
            if (pipeline.isBlank()) {
                errors.add(new FieldError("pipeline", "must not be empty"));
            }
            return new InlineSource(pipeline);
        }
        if (!hasRepository) {
            errors.add(new FieldError("repository", "either 'repository' or 'pipeline' is required"));
            return null;
        }
        if (!repository.isObject()) {
            errors.add(new FieldError("repository", "must be an object with 'url', 'branch' and 'scriptPath'"));
            return null;
        }
        String url = text(repository, "url", errors, "repository.");
        String branch = text(repository, "branch", errors, "repository.");
        String scriptPath = text(repository, "scriptPath", errors, "repository.");
        if (url == null || url.isBlank()) {
            errors.add(new FieldError("repository.url", "is required"));
            return null;
        }
        if (scriptPath != null && (scriptPath.startsWith("/") || scriptPath.contains(".."))) {
            errors.add(new FieldError("repository.scriptPath", "must be a relative path inside the repository"));
        }
        return new GitSource(url, branch, scriptPath);
    }

    private static String text(JsonNode node, String field, List<FieldError> errors) {
        return text(node, field, errors, "");
    }

    private static String text(JsonNode node, String field, List<FieldError> errors, String prefix) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(new FieldError(prefix + field, "must be a string"));
            return null;
        }
        return value.asText();
    }
}
