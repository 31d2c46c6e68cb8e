package io.slipway.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What {@link SlipwayTest} promises a test: a started server on a fresh data folder per test, deleted after it,
 * and the server's log lines attached to a failure.
 */
@SlipwayTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestServerExtensionTest {

    private static Path firstData;

    @Test
    @Order(1)
    void aTestGetsAStartedServerWhoseLogNoteShowsWhatItLogged(TestServer server) {
        firstData = server.dataDir();
        assertThat(server.get("/api/health").status()).isEqualTo(200);
        server.createJob("only-here", Map.of("pipeline", "pipeline { agent any\n stages { stage('A') { steps { echo 'a' } } } }"));
        String note = server.logNote().getMessage();
        assertThat(note).startsWith("server log on " + server.base())
                .contains("Slipway server listening on port " + server.server().port());
    }

    @Test
    @Order(2)
    void theNextTestGetsAnotherServerAndTheFirstOnesDataIsGone(TestServer server) {
        assertThat(server.dataDir()).isNotEqualTo(firstData);
        assertThat(server.get("/api/jobs/only-here").status()).isEqualTo(404);
        assertThat(firstData).doesNotExist();
    }

    @Test
    @Order(3)
    void aFailureGetsTheOpenServersLogLinesOnce(TestServer server) {
        AssertionError failure = new AssertionError("what the test saw");

        ServerLogOnFailure.attach(failure);
        ServerLogOnFailure.attach(failure);

        assertThat(failure.getSuppressed()).hasSize(1);
        assertThat(failure.getSuppressed()[0].getMessage()).startsWith("server log on " + server.base())
                .contains("Slipway server listening on port " + server.server().port());
    }

    @AfterAll
    static void dataFoldersAreDeleted() {
        assertThat(firstData).isNotNull();
        assertThat(Files.exists(firstData)).isFalse();
    }
}
