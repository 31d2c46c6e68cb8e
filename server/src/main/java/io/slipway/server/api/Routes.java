package io.slipway.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.slipway.server.auth.BearerAuth;
import io.slipway.server.credential.CredentialService;
import io.slipway.server.job.JobService;
import java.util.Map;

/** Every path of the REST API, in one place, each bound to a thin handler. */
public final class Routes {

    private final BearerAuth auth;
    private final JobsApi jobs;
    private final CredentialsApi credentials;

    public Routes(BearerAuth auth, JobService jobService, CredentialService credentialService, ObjectMapper json) {
        this.auth = auth;
        this.jobs = new JobsApi(jobService, json);
        this.credentials = new CredentialsApi(credentialService, json);
    }

    public void register(RoutesConfig routes) {
        ApiErrors.register(routes);
        routes.before("/api/*", auth);
        routes.get("/api/health", ctx -> ctx.json(Map.of("status", "UP")));

        routes.get("/api/jobs", jobs::list);
        routes.post("/api/jobs", jobs::create);
        routes.get("/api/jobs/{name}", jobs::get);
        routes.put("/api/jobs/{name}", jobs::replace);
        routes.delete("/api/jobs/{name}", jobs::delete);

        routes.get("/api/credentials", credentials::list);
        routes.post("/api/credentials", credentials::create);
        routes.get("/api/credentials/{id}", credentials::get);
        routes.put("/api/credentials/{id}", credentials::replace);
        routes.delete("/api/credentials/{id}", credentials::delete);
    }
}
