package io.slipway.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server against a real PostgreSQL ({@code SLIPWAY_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD}),
 * each test in a fresh schema. Skipped when unset, except under {@code CI=true}, where that fails.
 */
class PostgresStoreTest {

    @TempDir
    Path data;
    String url;
    String user;
    String password;
    String schema;

    @BeforeEach
    void createSchema() throws Exception {
        url = System.getenv("SLIPWAY_TEST_PG_URL");
        if (url == null && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI=true but SLIPWAY_TEST_PG_URL is not set: start PostgreSQL (.ci/services.sh)");
        }
        assumeTrue(url != null, "SLIPWAY_TEST_PG_URL not set");
        user = System.getenv("SLIPWAY_TEST_PG_USER");
        password = System.getenv("SLIPWAY_TEST_PG_PASSWORD");
        schema = "slipway_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            try (var connection = DriverManager.getConnection(url, user, password);
                    var statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private ServerSettings settings() {
        String separator = url.contains("?") ? "&" : "?";
        return ServerSettings.forTests(data, TestServer.TOKEN)
                .withDatabase(url + separator + "currentSchema=" + schema, user, password);
    }

    @Test
    void jobsAndTokensLiveInPostgresqlAcrossRestarts() {
        try (var server = TestServer.start(settings())) {
            assertThat(server.post("/api/jobs", Map.of("name", "pg-job",
                    "repository", Map.of("url", "file:///tmp/repo"))).status()).isEqualTo(201);
        }
        try (var server = TestServer.start(settings())) {
            assertThat(server.get("/api/jobs/pg-job").json().at("/repository/url").asText())
                    .isEqualTo("file:///tmp/repo");
        }
    }

    @Test
    void buildsAreQueuedRunAndRecordedInPostgresql() {
        try (var server = TestServer.start(settings())) {
            server.post("/api/jobs", Map.of("name", "pg-build", "pipeline", """
                    pipeline {
                        agent any
                        stages { stage('One') { steps { sh 'echo from postgres' } } }
                    }
                    """));
            assertThat(server.post("/api/jobs/pg-build/builds", "").status()).isEqualTo(201);
            assertThat(server.awaitEnd("pg-build", 1).get("status").asText()).isEqualTo("SUCCESS");
            assertThat(server.log("pg-build", 1)).contains("from postgres");
        }
    }
}
