package io.slipway.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.slipway.server.SlipwayServer;
import io.slipway.server.TestServer;
import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.net.TcpRelay;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server cut off from the database, not dead: server "cut" reaches a real PostgreSQL ({@link PostgresSchema})
 * through a {@link TcpRelay} that the test cuts. Before, it ran its build on (a deployment script, say) while the
 * other server, seeing its lease run out, recorded that build as ABORTED and could run it again. Now, once it has
 * not renewed its lease for longer than the lease, it kills its build's processes, claims nothing, and when the
 * database is back it claims builds again.
 */
class CutOffServerTest {

    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final String QUICK = """
            pipeline {
                agent any
                stages {
                    stage('Work') {
                        steps {
                            echo "ran build ${env.BUILD_NUMBER}"
                        }
                    }
                }
            }
            """;

    @TempDir
    Path data;
    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    @Test
    void aServerCutOffFromTheDatabaseStopsItsBuildsAndClaimsAgainWhenItIsBack() throws Exception {
        Path pidFile = data.resolve("deploy.pid");
        String deploy = """
                pipeline {
                    agent any
                    stages {
                        stage('Deploy') {
                            steps {
                                sh 'echo $$ > %s; exec sleep 300'
                            }
                        }
                    }
                }
                """.formatted(pidFile);
        try (TcpRelay relay = TcpRelay.start(postgresPort()); TestServer cut = start("cut", relay.port())) {
            assertThat(cut.post("/api/jobs", Map.of("name", "deploy", "pipeline", deploy)).status()).isEqualTo(201);
            assertThat(cut.post("/api/jobs", Map.of("name", "quick", "pipeline", QUICK)).status()).isEqualTo(201);
            assertThat(cut.post("/api/jobs/deploy/builds", Map.of()).status()).isEqualTo(201);
            await(() -> Files.exists(pidFile) && !read(pidFile).isEmpty());
            ProcessHandle deployment = ProcessHandle.of(Long.parseLong(read(pidFile))).orElseThrow();
            String cutId = postgres.text("SELECT server_id FROM builds WHERE job_name = 'deploy' AND number = 1");

            try (TestServer other = start("other", postgresPort())) {
                relay.cut();

                await(() -> !deployment.isAlive());
                JsonNode build = other.awaitEnd("deploy", 1);
                assertThat(build.path("status").asText()).isEqualTo("ABORTED");
                other.awaitLog("deploy", 1, "Aborted: " + ServerLease.cutOffReason(cutId, LEASE.toMillis()));

                relay.restore();
            }
            // the other server is gone: only the server that was cut off can run this build
            assertThat(cut.post("/api/jobs/quick/builds", Map.of()).status()).isEqualTo(201);
            assertThat(cut.awaitEnd("quick", 1).path("status").asText()).isEqualTo("SUCCESS");
            assertThat(postgres.text("SELECT server_id FROM builds WHERE job_name = 'quick' AND number = 1"))
                    .isEqualTo(cutId);
        }
    }

    private TestServer start(String server, int databasePort) {
        String url = postgres.url().replaceFirst("//127\\.0\\.0\\.1:\\d+/", "//127.0.0.1:" + databasePort + "/");
        ServerSettings settings = ServerSettings.forTests(data.resolve(server), TestServer.TOKEN)
                .withDatabase(url, postgres.user(), postgres.password());
        return TestServer.start(SlipwayServer.Options.of(settings)
                .withCluster(new ClusterSettings(null, LEASE, data.resolve("shared-builds"))));
    }

    private int postgresPort() {
        Matcher port = Pattern.compile("//127\\.0\\.0\\.1:(\\d+)/").matcher(postgres.url());
        assertThat(port.find()).as("the test PostgreSQL is on 127.0.0.1: %s", postgres.url()).isTrue();
        return Integer.parseInt(port.group(1));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(100);
        }
    }
}
