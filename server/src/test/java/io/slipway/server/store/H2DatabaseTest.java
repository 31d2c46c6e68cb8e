package io.slipway.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.config.ServerSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database: an H2 file in the data folder, migrated on open. */
class H2DatabaseTest {

    @TempDir
    Path data;

    @Test
    void anEmptyDataFolderGetsEveryMigrationAndThenWritesEachCommitToTheFile() {
        ServerSettings settings = ServerSettings.forTests(data, "t");
        try (Database database = Database.open(settings)) {
            List<Boolean> applied = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL").mapTo(Boolean.class).list());
            assertThat(applied).hasSizeGreaterThanOrEqualTo(12).containsOnly(true);
            // a build recorded as started must survive a kill -9 right after: no write delay once the server runs
            assertThat(writeDelay(database)).containsOnly("0");
        }
        try (Database again = Database.open(settings)) {
            assertThat(writeDelay(again)).containsOnly("0");
        }
    }

    /** H2 lists the setting twice (the database's and the settings'); both must say 0. */
    private static List<String> writeDelay(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                .mapTo(String.class).list());
    }
}
