package io.slipway.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one exception mapper: 4xx answers name each field and reason as JSON; anything unexpected is
 * a 500 whose stack trace is logged under a request id that the body repeats, without internals.
 */
public final class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private ApiErrors() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> render(ctx, e.status(), e.getMessage(), e.fields()));
        routes.exception(HttpResponseException.class, (e, ctx) -> render(ctx, e.getStatus(), e.getMessage(), List.of()));
        routes.exception(JsonProcessingException.class, (e, ctx) -> render(ctx, 400,
                "request body is not valid JSON", List.of(new FieldError("body", e.getOriginalMessage()))));
        routes.exception(Exception.class, ApiErrors::internal);
    }

    private static void internal(Exception e, Context ctx) {
        String requestId = UUID.randomUUID().toString();
        LOG.error("request {} {} {} failed", requestId, ctx.method(), ctx.path(), e);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "internal error while handling " + ctx.method() + " " + ctx.path());
        body.put("requestId", requestId);
        ctx.status(500).json(body);
    }

    private static void render(Context ctx, int status, String message, List<FieldError> fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (!fields.isEmpty()) {
            body.put("fields", fields);
        }
        ctx.status(status).json(body);
    }
}
