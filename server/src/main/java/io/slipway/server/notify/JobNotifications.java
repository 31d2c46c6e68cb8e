package io.slipway.server.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.api.ApiException;
import io.slipway.server.job.JobService;
import io.slipway.server.store.JobNotificationRow;
import io.slipway.server.store.JobNotificationStore;
import java.time.Clock;
import java.util.Optional;

/**
 * A job's own notification settings, {@code {"mailTemplate": "<FreeMarker>"}}: read, replaced (the template
 * must compile; a mistake is a 400 naming {@code mailTemplate} with FreeMarker's line and column) and
 * removed. Thread-safe.
 */
public final class JobNotifications {

    /** What the API shows: the job and its template (null when it uses the server's). */
    public record View(String job, String mailTemplate) {
    }

    private static final int MAX_TEMPLATE_CHARS = 200_000;

    private final JobNotificationStore store;
    private final JobService jobs;
    private final MailTemplateRenderer templates;
    private final Clock clock;

    public JobNotifications(JobNotificationStore store, JobService jobs, MailTemplateRenderer templates, Clock clock) {
        this.store = store;
        this.jobs = jobs;
        this.templates = templates;
        this.clock = clock;
    }

    /** The template of {@code job}, for the renderer; empty when the job has none. */
    public Optional<String> mailTemplate(String job) {
        return store.find(job).map(JobNotificationRow::mailTemplate);
    }

    public View get(String job) {
        jobs.get(job);
        return new View(job, mailTemplate(job).orElse(null));
    }

    /** Replaces the settings from a request body. */
    public View put(String job, JsonNode body) {
        jobs.get(job);
        if (body == null || !body.isObject()) {
            throw ApiException.badField("body", "must be a JSON object such as {\"mailTemplate\": \"...\"}");
        }
        var unknown = new java.util.ArrayList<String>();
        body.fieldNames().forEachRemaining(name -> {
            if (!name.equals("mailTemplate")) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiException.badField(unknown.get(0), "is not a notification setting (known: mailTemplate)");
        }
        JsonNode template = body.get("mailTemplate");
        if (template == null || template.isNull()) {
            store.delete(job);
            return new View(job, null);
        }
        if (!template.isTextual() || template.asText().isBlank()) {
            throw ApiException.badField("mailTemplate", "must be a non-empty string of FreeMarker (HTML)");
        }
        if (template.asText().length() > MAX_TEMPLATE_CHARS) {
            throw ApiException.badField("mailTemplate", "must be at most " + MAX_TEMPLATE_CHARS + " characters");
        }
        try {
            templates.compile("mail template of job '" + job + "'", template.asText());
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("mailTemplate", "does not compile: " + e.getMessage());
        }
        store.put(new JobNotificationRow(job, template.asText(), clock.instant()));
        return new View(job, template.asText());
    }

    public void delete(String job) {
        jobs.get(job);
        store.delete(job);
    }
}
