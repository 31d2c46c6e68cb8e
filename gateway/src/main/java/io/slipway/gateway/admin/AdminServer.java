package io.slipway.gateway.admin;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.slipway.gateway.config.schema.SchemaViolation;
import io.slipway.gateway.store.StoreError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.UUID;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The Admin API's HTTP server (reactor-netty). It reads each request whole, checks the admin token
 * when one is set, runs the matching handler off the event loop (handlers touch the database), and
 * turns errors into Kong's JSON bodies. A 5xx is logged with a request id; bodies never carry secrets.
 */
public final class AdminServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final DisposableServer server;
    private final PathRouter router;
    private final byte[] token;

    private AdminServer(AdminSettings settings, PathRouter router) {
        this.router = router;
        this.token = settings.token() == null ? null : settings.token().getBytes(StandardCharsets.UTF_8);
        this.server = HttpServer.create()
                .host(settings.host())
                .port(settings.port())
                .handle(this::handle)
                .bindNow(Duration.ofSeconds(10));
    }

    /** Binds and serves; refuses to listen beyond loopback without a token. */
    public static AdminServer start(AdminSettings settings, AdminApi api) {
        settings.check();
        return new AdminServer(settings, api.router());
    }

    public int port() {
        return server.port();
    }

    private Publisher<Void> handle(HttpServerRequest request, HttpServerResponse response) {
        return request.receive().aggregate().asByteArray().defaultIfEmpty(new byte[0])
                .flatMap(bytes -> Mono.fromCallable(() -> dispatch(request, bytes)).subscribeOn(Schedulers.boundedElastic()))
                .flatMap(reply -> send(response, reply))
                .then();
    }

    private Mono<Void> send(HttpServerResponse response, Reply reply) {
        response.status(HttpResponseStatus.valueOf(reply.status()));
        response.header("Server", "slipway-gateway");
        if (reply.contentType() != null) {
            response.header(HttpHeaderNames.CONTENT_TYPE, reply.contentType());
        }
        if (reply.status() == 204) {
            return response.send().then();
        }
        response.header(HttpHeaderNames.CONTENT_LENGTH, String.valueOf(reply.body().length));
        return response.sendByteArray(Mono.just(reply.body())).then();
    }

    private Reply dispatch(HttpServerRequest request, byte[] bytes) {
        try {
            if (!authorised(request)) {
                return Reply.json(401, JSON.objectNode().put("message", "Unauthorized: a valid admin token is required "
                        + "(Kong-Admin-Token header or Authorization: Bearer)"));
            }
            var uri = new QueryStringDecoder(request.uri(), StandardCharsets.UTF_8);
            String method = request.method().name();
            boolean[] pathKnown = new boolean[1];
            var match = router.match(method, uri.rawPath(), pathKnown);
            if (match.isEmpty()) {
                return pathKnown[0] ? Reply.json(405, JSON.objectNode().put("message", "Method not allowed"))
                        : Reply.json(404, JSON.objectNode().put("message", "Not found"));
            }
            String contentType = request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE);
            var body = BodyReader.read(contentType, bytes);
            var call = new ApiCall(method, uri.rawPath(), match.get().params(), uri.parameters(), body.json(),
                    body.form(), new String(bytes, StandardCharsets.UTF_8), contentType);
            return match.get().handler().apply(call);
        } catch (ApiError e) {
            return Reply.json(e.status(), e.body());
        } catch (SchemaViolation e) {
            return Reply.json(400, violation(e));
        } catch (StoreError e) {
            var body = JSON.objectNode().put("message", e.getMessage()).put("name", e.kongName()).put("code", e.code());
            if (e.fields() != null) body.set("fields", e.fields());
            return Reply.json(e.status(), body);
        } catch (RuntimeException e) {
            String requestId = UUID.randomUUID().toString();
            LOG.error("Admin API request {} {} failed (request id {})", request.method(), request.path(), requestId, e);
            return Reply.json(500, JSON.objectNode().put("message", "An unexpected error occurred")
                    .put("request_id", requestId));
        }
    }

    static ObjectNode violation(SchemaViolation e) {
        var body = JSON.objectNode().put("message", e.getMessage()).put("name", "schema violation").put("code", 2);
        body.set("fields", e.fields());
        return body;
    }

    private boolean authorised(HttpServerRequest request) {
        if (token == null) return true;
        String given = request.requestHeaders().get("Kong-Admin-Token");
        if (given == null) {
            String authorization = request.requestHeaders().get(HttpHeaderNames.AUTHORIZATION);
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                given = authorization.substring(7).trim();
            }
        }
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.disposeNow(Duration.ofSeconds(5));
    }
}
