package io.slipway.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.config.ServerSettings;
import io.slipway.testsupport.postgres.PostgresSchema;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** On PostgreSQL (no seed there) Flyway migrates a new schema once; the next start finds it current. */
class MigrationsOnPostgresTest {

    @TempDir
    Path data;

    @RegisterExtension
    final PostgresSchema postgres = new PostgresSchema();

    @Test
    void postgresqlIsMigratedOnceAndThenFoundCurrent() {
        ServerSettings settings = ServerSettings.forTests(data, "t")
                .withDatabase(postgres.url(), postgres.user(), postgres.password());
        try (Database database = Database.open(settings)) {
            assertThat(database.schema()).isEqualTo("migrated by Flyway");
        }
        try (Database again = Database.open(settings)) {
            assertThat(again.schema()).isEqualTo("schema current");
        }
    }
}
