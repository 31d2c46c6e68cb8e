package io.slipway.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server against a real PostgreSQL, each test in a fresh schema ({@link PostgresSchema}: skipped
 * when {@code SLIPWAY_TEST_PG_URL} is unset, except under {@code CI=true}, where that fails).
 */
class PostgresStoreTest {

    @TempDir
    Path data;
    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    private ServerSettings settings() {
        return ServerSettings.forTests(data, TestServer.TOKEN)
                .withDatabase(postgres.url(), postgres.user(), postgres.password());
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
