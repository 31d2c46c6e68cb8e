package io.slipway.server.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.server.user.SecuritySettings;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in a real browser: Debian's Chromium driven by Selenium through /usr/bin/chromedriver,
 * against a real server on 127.0.0.1. Skipped when Chromium is missing, except with {@code CI=true},
 * where that fails. Saves screenshots of the main pages to {@code docs/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final String PASSWORD = "admin-secret-1";
    private static final Duration WAIT = Duration.ofSeconds(60);

    static final String RELEASE = """
            pipeline {
                agent any
                options { deployment('staging') }
                parameters {
                    choice(name: 'ENV', choices: ['staging', 'prod'], description: 'where to release')
                    string(name: 'VERSION', defaultValue: '1.4.2', description: 'version to release')
                    booleanParam(name: 'SMOKE', defaultValue: true, description: 'run the smoke tests')
                    string(name: 'TARGET', defaultValue: '127.0.0.1:9001', description: 'host:port of this version')
                }
                stages {
                    stage('Build') {
                        steps {
                            sh 'printf "\\\\033[32mcompiling shop ${VERSION} for ${ENV}\\\\033[0m\\\\n"'
                        }
                    }
                    stage('Checks') {
                        parallel {
                            stage('Unit') { steps { echo 'unit tests passed' } }
                            stage('Lint') { steps { echo 'lint clean' } }
                        }
                    }
                    stage('Approve') {
                        when {
                            beforeInput true
                            not { expression { currentBuild.rollback } }
                        }
                        input {
                            message 'Release to the environment?'
                            ok 'Release'
                            submitter 'admin'
                        }
                        steps { echo "approved for ${params.ENV}" }
                    }
                    stage('Smoke') {
                        when { expression { params.SMOKE == false } }
                        steps { echo 'smoke' }
                    }
                    stage('Deploy') {
                        steps {
                            gatewayTargets upstream: 'shop.upstream', targets: [[target: params.TARGET, weight: 100]]
                            echo "deployed ${params.VERSION} to ${params.ENV}"
                        }
                    }
                }
            }
            """;

    @TempDir
    static Path data;
    static TestServer server;
    static WebDriver browser;
    static io.slipway.gateway.GatewayNode gateway;
    static Path profile;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Chromium and chromedriver are required when CI=true (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed");
        gateway = io.slipway.gateway.GatewayNode.start(io.slipway.gateway.GatewaySettings.loopback(data.resolve("gateway")));
        server = TestServer.start(SlipwayServer.Options.of(ServerSettings.forTests(data.resolve("server"), TestServer.TOKEN))
                .withRelease(io.slipway.server.config.ReleaseSettings.none().withGatewayAdminUrls(List.of(gateway.adminUrl()), null))
                .withSecurity(SecuritySettings.forTests(PASSWORD)));
        assertThat(server.post("/api/jobs", Map.of("name", "shop", "description", "the shop service", "pipeline", RELEASE))
                .status()).isEqualTo(201);
        assertThat(server.post("/api/users", Map.of("name", "vera", "password", "password-vera", "role", "viewer"))
                .status()).isEqualTo(201);
        server.server().attachGateway(gateway.adminUrl(), null);
        adminApi("/services", "{\"name\": \"shop\", \"url\": \"http://shop.upstream:80\"}");
        adminApi("/services/shop/routes", "{\"name\": \"shop-route\", \"paths\": [\"/shop\"]}");
        adminApi("/upstreams", "{\"name\": \"shop.upstream\"}");
        System.setProperty("webdriver.chrome.driver", DRIVER);
        profile = Files.createTempDirectory("slipway-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (gateway != null) {
            gateway.close();
        }
    }

    private static String url(String path) {
        return server.base() + path;
    }

    private static org.openqa.selenium.support.ui.FluentWait<org.openqa.selenium.WebDriver> waiting() {
        // the live build page replaces elements as the build goes on: an element read while it is replaced is read again
        return new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        waiting().until(d -> d.findElements(By.id("whoami")).size() == 1);
    }

    @Test
    @Order(1)
    void aUserSignsInAndSeesEveryJobOnTheDashboard() {
        browser.manage().deleteAllCookies();
        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).contains("/login?next=");
        screenshot("login");

        signIn("admin", PASSWORD);

        assertThat(browser.findElement(By.id("whoami")).getText()).isEqualTo("admin · admin");
        assertThat(browser.findElement(By.id("jobs")).getText()).contains("shop").contains("never built");
    }

    @Test
    @Order(2)
    void aParameterizedBuildToStagingRunsLiveWaitsForApprovalAndTurnsGreen() {
        signIn("admin", PASSWORD);
        browser.get(url("/jobs/shop/build"));
        new Select(browser.findElement(By.id("p-ENV"))).selectByVisibleText("staging");
        browser.findElement(By.id("p-VERSION")).clear();
        browser.findElement(By.id("p-VERSION")).sendKeys("2.0.1");
        screenshot("build-with-parameters");
        browser.findElement(By.id("build-button")).click();

        waiting().until(d -> d.getCurrentUrl().endsWith("/jobs/shop/builds/1"));
        waiting().until(d -> d.findElements(By.id("input-proceed")).size() == 1);
        waiting().until(d -> d.findElement(By.id("log")).getText().contains("compiling shop 2.0.1 for staging"));
        var green = browser.findElements(By.cssSelector("#log span.ansi-32"));
        assertThat(green).anySatisfy(e -> assertThat(e.getText()).contains("compiling shop 2.0.1 for staging"));
        assertThat(stageStatus("Build")).isEqualTo("SUCCESS");
        assertThat(stageStatus("Unit")).isEqualTo("SUCCESS");
        screenshot("build-waiting-for-input");

        browser.findElement(By.id("input-proceed")).click();

        waiting().until(d -> "SUCCESS".equals(stageStatus("Deploy")));
        waiting().until(d -> d.findElement(By.id("log")).getText().contains("deployed 2.0.1 to staging"));
        waiting().until(d -> d.findElement(By.cssSelector("#build-status .status")).getText().equals("success"));
        assertThat(stageStatus("Approve")).isEqualTo("SUCCESS");
        assertThat(stageStatus("Smoke")).isEqualTo("SKIPPED");
        assertThat(browser.findElement(By.cssSelector("details.log-stage[data-stage='Deploy']")).getText())
                .contains("deployed 2.0.1 to staging");
        assertThat(server.get("/api/audit?action=input.").json().findValuesAsText("actor")).containsExactly("admin");
        screenshot("build");
        browser.get(url("/"));
        screenshot("dashboard");
        browser.get(url("/jobs/shop"));
        screenshot("job");
    }

    @Test
    @Order(3)
    void aReleaserRollsBackToTheEarlierDeploymentAfterSeeingWhatWillChange() {
        signIn("admin", PASSWORD);
        browser.get(url("/jobs/shop/build?rebuild=1"));
        browser.findElement(By.id("p-VERSION")).clear();
        browser.findElement(By.id("p-VERSION")).sendKeys("2.0.2");
        browser.findElement(By.id("p-TARGET")).clear();
        browser.findElement(By.id("p-TARGET")).sendKeys("127.0.0.1:9002");
        browser.findElement(By.id("build-button")).click();
        waiting().until(d -> d.getCurrentUrl().endsWith("/jobs/shop/builds/2"));
        waiting().until(d -> d.findElements(By.id("input-proceed")).size() == 1);
        browser.findElement(By.id("input-proceed")).click();
        waiting().until(d -> "SUCCESS".equals(stageStatus("Deploy")));
        waiting().until(d -> d.findElement(By.cssSelector("#build-status .status")).getText().equals("success"));

        browser.get(url("/deployments"));
        assertThat(browser.findElement(By.id("deployments")).getText()).contains("staging").contains("#2");
        screenshot("deployments");
        browser.get(url("/jobs/shop/deployments"));
        browser.findElement(By.cssSelector("a[id^='rollback-']")).click();
        assertThat(browser.findElement(By.id("changes")).getText()).contains("VERSION").contains("2.0.2").contains("2.0.1")
                .contains("gateway.targets").contains("127.0.0.1:9002").contains("127.0.0.1:9001");
        screenshot("rollback-confirmation");
        browser.findElement(By.id("confirm-rollback")).click();

        waiting().until(d -> d.getCurrentUrl().endsWith("/jobs/shop/builds/3"));
        waiting().until(d -> d.findElement(By.cssSelector("#build-status .status")).getText().equals("success"));
        waiting().until(d -> d.findElement(By.id("log")).getText().contains("deployed 2.0.1 to staging"));
        assertThat(stageStatus("Approve")).isEqualTo("SKIPPED");
        assertThat(server.get("/api/audit?action=deployment.").json().findValuesAsText("actor")).containsExactly("admin");
    }

    @Test
    @Order(4)
    void aViewerCannotReleaseToProdInThePageNorInTheApi() {
        signIn("vera", "password-vera");
        browser.get(url("/jobs/shop/build"));
        new Select(browser.findElement(By.id("p-ENV"))).selectByVisibleText("prod");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('build-button').disabled = false;");
        browser.findElement(By.id("build-button")).click();

        waiting().until(d -> d.findElements(By.id("form-problem")).size() == 1);
        assertThat(browser.findElement(By.id("form-problem")).getText())
                .contains("needs role 'releaser' for environment 'prod'");
        assertThat(browser.findElement(By.id("p-ENV-error")).getText()).contains("needs role releaser of prod");

        String token = server.post("/api/users/vera/tokens", Map.of("label", "api")).json().path("token").asText();
        var api = server.send(server.request("/api/jobs/shop/builds", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"parameters\": {\"ENV\": \"prod\"}}")));
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.json().path("missingRole").asText()).isEqualTo("releaser");
        assertThat(server.get("/api/jobs/shop/builds").json().findValuesAsText("number")).containsExactly("3", "2", "1");
    }

    @Test
    @Order(5)
    void aForgedFormWithoutTheCsrfTokenIsRefused() {
        signIn("admin", PASSWORD);
        browser.get(url("/users"));
        screenshot("users");
        ((JavascriptExecutor) browser).executeScript("""
                var f = document.createElement('form'); f.method = 'post'; f.action = '/users';
                [['name', 'mallory'], ['password', 'password-1'], ['role', 'admin']].forEach(function (kv) {
                  var i = document.createElement('input'); i.name = kv[0]; i.value = kv[1]; f.appendChild(i); });
                document.body.appendChild(f); f.submit();""");

        waiting().until(d -> d.findElements(By.id("problem")).size() == 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Forged request refused");
        assertThat(server.get("/api/users").json().findValuesAsText("name")).doesNotContain("mallory");
        browser.get(url("/audit"));
        screenshot("audit");
    }

    @Test
    @Order(6)
    void theGatewayPageShowsServicesRoutesAndTargetsReadThroughTheAdminApi() {
        signIn("admin", PASSWORD);
        browser.get(url("/gateway"));

        assertThat(browser.findElement(By.id("services")).getText()).contains("shop").contains("shop.upstream");
        assertThat(browser.findElement(By.id("routes")).getText()).contains("shop-route").contains("/shop");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("shop.upstream");
        screenshot("gateway");
    }

    private static void adminApi(String path, String json) {
        try {
            var reply = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    java.net.URI.create(gateway.adminUrl() + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as(path + ": " + reply.body()).isEqualTo(201);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The stage's status as the page shows it; the live page re-renders its stages, so a stale element is read again. */
    private static String stageStatus(String name) {
        for (int attempt = 1; ; attempt++) {
            try {
                List<org.openqa.selenium.WebElement> found = browser.findElements(
                        By.cssSelector("li.stage[data-stage='" + name + "']"));
                return found.isEmpty() ? "" : found.get(0).getAttribute("data-status");
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    private static void screenshot(String name) {
        Path dir = Path.of("").toAbsolutePath();
        Path docs = Files.isDirectory(dir.resolve("docs")) && !Files.isDirectory(dir.resolve("src")) ? dir.resolve("docs")
                : dir.getParent().resolve("docs");
        try {
            Files.createDirectories(docs.resolve("screenshots"));
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), docs.resolve("screenshots").resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save screenshot " + name, e);
        }
    }
}
