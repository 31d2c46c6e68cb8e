package io.slipway.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.TestServerExtension;
import io.slipway.server.config.ServerSettings;
import io.slipway.server.user.SecuritySettings;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Signing in and out, session cookies, CSRF tokens on forms and login throttling, over real HTTP. */
class LoginAndCsrfTest {

    static final String PASSWORD = "admin-secret-1";

    @RegisterExtension
    final TestServerExtension servers = TestServerExtension.withOptions(serverData -> TestServer.options(serverData)
            .withSecurity(SecuritySettings.forTests(PASSWORD)));

    TestServer server;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
    }

    @Test
    void aPageWithoutASessionSendsTheBrowserToTheLoginPage() {
        var page = new WebSession(server).get("/jobs/x?tab=1");

        assertThat(page.status()).isEqualTo(303);
        assertThat(page.location()).isEqualTo("/login?next=%2Fjobs%2Fx%3Ftab%3D1");
    }

    @Test
    void theAdminSignsInAndGetsAnHttpOnlySameSiteLaxSessionCookie() {
        WebSession web = new WebSession(server);
        var login = web.login("admin", PASSWORD);

        assertThat(login.status()).isEqualTo(303);
        assertThat(login.location()).isEqualTo("/");
        var raw = web.send(HttpRequest.newBuilder(URI.create(server.base() + "/login")).GET());
        HttpCookie cookie = web.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("slipway_session")).findFirst().orElseThrow();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSecure()).isFalse();
        assertThat(web.get("/").body()).contains("admin · admin").contains("Jobs");
        assertThat(raw.status()).isEqualTo(200);
    }

    @Test
    void theCookieIsSecureAndLaxWhenSlipwayUrlIsHttps(@TempDir Path other) {
        try (TestServer https = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(other, "t"))
                .withSecurity(new SecuritySettings(PASSWORD, Set.of("prod"), "https://ci.example.test")))) {
            WebSession web = new WebSession(https);
            var form = web.get("/login");
            var reply = web.send(HttpRequest.newBuilder(URI.create(https.base() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + PASSWORD + "&_csrf=" + form.csrf())));
            assertThat(reply.status()).isEqualTo(303);
        }
    }

    @Test
    void aWrongPasswordIsRefusedAndRepeatedFailuresLockTheUserOutForAWhile() {
        WebSession web = new WebSession(server);
        for (int i = 0; i < 5; i++) {
            var wrong = web.login("admin", "wrong-password");
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body()).contains("Wrong user name or password.");
        }

        var locked = web.login("admin", PASSWORD);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.body()).contains("Too many failed sign-ins");
        assertThat(server.get("/api/audit?action=user.login-failed").json()).hasSize(5);
    }

    @Test
    void aLoginFormWithoutItsCsrfTokenIsRefused() {
        WebSession web = new WebSession(server);
        web.get("/login");

        var forged = web.postForm("/login", Map.of("username", "admin", "password", PASSWORD));

        assertThat(forged.status()).isEqualTo(403);
    }

    @Test
    void aForgedFormWithoutTheSessionsCsrfTokenChangesNothing() {
        WebSession web = new WebSession(server);
        web.login("admin", PASSWORD);

        var forged = web.postForm("/users", Map.of("name", "mallory", "password", "password-1", "role", "admin"));
        var wrongToken = web.postForm("/users", Map.of("name", "mallory", "password", "password-1", "role", "admin",
                "_csrf", "not-the-token"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("Forged request refused");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(server.get("/api/users").json().findValuesAsText("name")).containsExactly("admin");

        var real = web.submit("/users", "/users", Map.of("name", "mallory", "password", "password-1", "role", "viewer"));
        assertThat(real.status()).isEqualTo(303);
        assertThat(server.get("/api/users").json().findValuesAsText("name")).contains("mallory");
    }

    @Test
    void anApiCallWithTheSessionCookieMustCarryTheCsrfHeaderToChangeAnything() {
        WebSession web = new WebSession(server);
        web.login("admin", PASSWORD);
        String token = web.get("/").csrf();
        String body = "{\"name\": \"eve\", \"password\": \"password-1\", \"role\": \"viewer\"}";

        assertThat(web.get("/api/users").status()).isEqualTo(200);
        var forged = web.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/users"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        var real = web.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/users"))
                .header("Content-Type", "application/json").header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(real.status()).isEqualTo(201);
    }

    @Test
    void signingOutEndsTheSession() {
        WebSession web = new WebSession(server);
        web.login("admin", PASSWORD);

        var out = web.submit("/", "/logout", Map.of());

        assertThat(out.status()).isEqualTo(303);
        assertThat(web.get("/").status()).isEqualTo(303);
        assertThat(web.get("/api/users").status()).isEqualTo(401);
    }
}
