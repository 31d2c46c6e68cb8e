package io.slipway.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.slipway.server.credential.CredentialRequest;
import io.slipway.server.credential.CredentialService;
import java.io.IOException;

/** {@code /api/credentials}: write-only; reading shows ids, types and descriptions only. */
final class CredentialsApi {

    private final CredentialService credentials;
    private final ObjectMapper json;

    CredentialsApi(CredentialService credentials, ObjectMapper json) {
        this.credentials = credentials;
        this.json = json;
    }

    void list(Context ctx) {
        ctx.json(credentials.list());
    }

    void get(Context ctx) {
        ctx.json(credentials.info(ctx.pathParam("id")));
    }

    void create(Context ctx) throws IOException {
        var credential = CredentialRequest.from(json.readTree(ctx.body()), null);
        ctx.status(201).json(credentials.create(credential));
    }

    void replace(Context ctx) throws IOException {
        var credential = CredentialRequest.from(json.readTree(ctx.body()), ctx.pathParam("id"));
        ctx.json(credentials.replace(credential));
    }

    void delete(Context ctx) {
        credentials.delete(ctx.pathParam("id"));
        ctx.status(204);
    }
}
