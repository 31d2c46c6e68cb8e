package io.slipway.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.slipway.server.notify.JobNotifications;
import java.io.IOException;

/** {@code /api/jobs/{name}/notifications}: a job's own notification settings (its mail template). */
final class JobNotificationsApi {

    private final JobNotifications notifications;
    private final ObjectMapper json;

    JobNotificationsApi(JobNotifications notifications, ObjectMapper json) {
        this.notifications = notifications;
        this.json = json;
    }

    void get(Context ctx) {
        ctx.json(notifications.get(ctx.pathParam("name")));
    }

    void put(Context ctx) {
        JsonNode body;
        try {
            body = json.readTree(ctx.body());
        } catch (IOException e) {
            throw ApiException.badField("body", "is not valid JSON");
        }
        ctx.json(notifications.put(ctx.pathParam("name"), body));
    }

    void delete(Context ctx) {
        notifications.delete(ctx.pathParam("name"));
        ctx.status(204);
    }
}
