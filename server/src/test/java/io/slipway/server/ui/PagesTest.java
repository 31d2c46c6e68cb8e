package io.slipway.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.TestServer;
import io.slipway.server.TestServerExtension;
import io.slipway.server.user.SecuritySettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The pages as a signed-in user reads and uses them, over real HTTP (the browser tests cover the scripts). */
class PagesTest {

    static final String PIPELINE = """
            pipeline {
                agent any
                parameters {
                    choice(name: 'ENV', choices: ['staging', 'prod'], description: 'where to release')
                    string(name: 'VERSION', defaultValue: '1.0.0', description: 'which <b>version</b>')
                    booleanParam(name: 'SMOKE', defaultValue: true, description: 'run smoke tests')
                    password(name: 'DB_PASSWORD', defaultValue: 'changeme', description: 'database password')
                    text(name: 'NOTES', defaultValue: 'none', description: 'release notes')
                }
                triggers { cron('H 4 * * 1-5') }
                stages {
                    stage('Build') { steps { echo "building ${params.VERSION}" } }
                    stage('Deploy') {
                        when { expression { params.SMOKE == false } }
                        steps { echo 'deploying' }
                    }
                }
            }
            """;

    @RegisterExtension
    final TestServerExtension servers = TestServerExtension.withOptions(serverData -> TestServer.options(serverData)
            .withSecurity(SecuritySettings.forTests("admin-secret-1")));

    TestServer server;
    WebSession web;

    @BeforeEach
    void start(TestServer server) {
        this.server = server;
        assertThat(server.post("/api/jobs", Map.of("name", "shop", "description", "the <shop>", "pipeline", PIPELINE))
                .status()).isEqualTo(201);
        web = new WebSession(server);
        web.login("admin", "admin-secret-1");
    }

    @Test
    void theBuildFormOffersEveryDeclaredParameterWithItsDefaultAndDescriptionEscaped() {
        String form = web.get("/jobs/shop/build").body();

        assertThat(form).contains("<select id=\"p-ENV\" name=\"p.ENV\"").contains("<option value=\"prod\">prod</option>")
                .contains("name=\"p.VERSION\" value=\"1.0.0\"").contains("which &lt;b&gt;version&lt;/b&gt;")
                .contains("type=\"checkbox\" id=\"p-SMOKE\" name=\"p.SMOKE\" value=\"true\" checked")
                .contains("<input type=\"password\" id=\"p-DB_PASSWORD\" name=\"p.DB_PASSWORD\" value=\"\"")
                .contains("<textarea id=\"p-NOTES\" name=\"p.NOTES\" rows=\"4\">none</textarea>")
                .doesNotContain("changeme");
    }

    @Test
    void anInvalidChoiceIsShownBesideItsFieldAndNothingIsQueued() {
        var reply = web.submit("/jobs/shop/build", "/jobs/shop/build", Map.of("p.ENV", "moon", "p.VERSION", "2.0"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("<p class=\"field-error\" id=\"p-ENV-error\" role=\"alert\">must be one of &#39;staging&#39;, &#39;prod&#39;, was &#39;moon&#39;</p>")
                .contains("name=\"p.VERSION\" value=\"2.0\"");
        assertThat(server.get("/api/jobs/shop/builds").json()).isEmpty();
    }

    @Test
    void aBuildStartedFromTheFormRunsAndItsPageShowsStagesParametersAndCauseButNoPassword() {
        var started = web.submit("/jobs/shop/build", "/jobs/shop/build",
                Map.of("p.ENV", "staging", "p.VERSION", "2.0", "p.SMOKE", "true", "p.DB_PASSWORD", "s3cret-value"));
        assertThat(started.status()).isEqualTo(303);
        assertThat(started.location()).isEqualTo("/jobs/shop/builds/1");
        server.awaitEnd("shop", 1);

        String page = web.get("/jobs/shop/builds/1").body();

        assertThat(page).contains("Started by user admin").contains("data-stage=\"Build\" data-status=\"SUCCESS\"")
                .contains("data-stage=\"Deploy\" data-status=\"SKIPPED\"").contains("<code>VERSION</code></th><td>2.0</td>")
                .contains("<code>DB_PASSWORD</code></th><td>****</td>").doesNotContain("s3cret-value")
                .contains("href=\"/jobs/shop/build?rebuild=1\"");
        String rebuild = web.get("/jobs/shop/build?rebuild=1").body();
        assertThat(rebuild).contains("name=\"p.VERSION\" value=\"2.0\"").doesNotContain("s3cret-value");
        assertThat(web.get("/jobs/shop/builds/1/state").body()).contains("\"status\":\"SUCCESS\"");
    }

    @Test
    void theDashboardAndJobPageShowStatusTrendParametersTriggersAndTheJenkinsfile() {
        web.submit("/jobs/shop/build", "/jobs/shop/build", Map.of("p.ENV", "staging"));
        server.awaitEnd("shop", 1);

        String dashboard = web.get("/").body();
        String job = web.get("/jobs/shop").body();

        assertThat(dashboard).contains("href=\"/jobs/shop/builds/1\">#1</a> <span class=\"status status-success\">success</span>")
                .contains("the &lt;shop&gt;").contains("href=\"/jobs/shop/build\">Build</a>")
                .containsPattern("<td class=\"muted\">20\\d\\d-\\d\\d-\\d\\d 04:\\d\\d:00 UTC</td>");
        assertThat(job).contains("<code>cron</code> <code>H 4 * * 1-5</code>").contains("<code>ENV</code></td><td>choice</td>")
                .contains("pipeline {").contains("params.SMOKE == false")
                .contains("/job/shop/buildWithParameters?token=TOKEN").contains("This job has no trigger token yet");
    }

    @Test
    void aViewerSeesTheFormButCannotReleaseToProdAndIsToldWhichRoleIsMissing() {
        server.post("/api/users", Map.of("name", "vera", "password", "password-vera", "role", "viewer"));
        WebSession viewer = new WebSession(server);
        viewer.login("vera", "password-vera");

        var refused = viewer.submit("/jobs/shop/build", "/jobs/shop/build", Map.of("p.ENV", "prod"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("needs role &#39;releaser&#39; for environment &#39;prod&#39;")
                .contains("releasing to &#39;prod&#39; needs role releaser of prod");
        assertThat(server.get("/api/jobs/shop/builds").json()).isEmpty();
        assertThat(viewer.get("/users").status()).isEqualTo(403);
    }

    @Test
    void anAdminCreatesATokenOnTheUserPageAndSeesItOnlyOnce() {
        server.post("/api/users", Map.of("name", "ci", "password", "password-ci", "role", "developer"));

        var created = web.submit("/users/ci", "/users/ci/tokens", Map.of("label", "pipeline bot"));
        String token = created.body().replaceAll("(?s).*<code id=\"token-value\">([^<]+)</code>.*", "$1");

        assertThat(token).startsWith("slw_");
        assertThat(server.getWithToken("/api/jobs", token).status()).isEqualTo(200);
        assertThat(web.get("/users/ci").body()).contains("pipeline bot").doesNotContain(token);
    }

    @Test
    void credentialsAreWriteOnlyOnTheirPage() {
        var saved = web.submit("/credentials", "/credentials", Map.of("id", "registry", "type", "usernamePassword",
                "username", "bot", "password", "very-secret-pw", "description", "registry login"));
        assertThat(saved.status()).isEqualTo(303);

        String page = web.get("/credentials").body();
        assertThat(page).contains("<code>registry</code>").contains("registry login").doesNotContain("very-secret-pw");
        var missing = web.submit("/credentials", "/credentials", Map.of("id", "token", "type", "string"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("is required for type &#39;string&#39;");
        assertThat(web.get("/audit").body()).contains("credential.create").doesNotContain("very-secret-pw");
    }

    @Test
    void theBuildPageCountsTestResultsAndListsTheFailingCases() {
        String pipeline = """
                pipeline {
                    agent any
                    stages {
                        stage('Test') {
                            steps {
                                writeFile file: 'report.xml', text: '<testsuite name="shop" tests="3"><testcase classname="shop.CartTest" name="adds"/><testcase classname="shop.CartTest" name="removes"><failure message="expected 1 but was 2">trace</failure></testcase><testcase classname="shop.CartTest" name="later"><skipped/></testcase></testsuite>'
                                junit testResults: 'report.xml', allowEmptyResults: false
                            }
                        }
                    }
                }
                """;
        assertThat(server.post("/api/jobs", Map.of("name", "tested", "pipeline", pipeline)).status()).isEqualTo(201);
        web.submit("/jobs/tested/build", "/jobs/tested/build", Map.of());
        server.awaitEnd("tested", 1);

        String page = web.get("/jobs/tested/builds/1").body();

        assertThat(page).contains("<strong>3</strong> tests: 1 passed, <span class=\"field-error\">1 failed</span>, 1 skipped.")
                .contains("<code>shop.CartTest.removes</code></td><td>failed</td><td>expected 1 but was 2</td>");
    }

    @Test
    void theGatewayPageSaysSoWhenNoGatewayIsAttached() {
        assertThat(web.get("/gateway").body()).contains("No gateway node is attached");
    }

    static List<String> lines(String text) {
        return text.lines().toList();
    }
}
