package io.slipway.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.slipway.server.config.ServerSettings;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a database brings its schema to this build's: Flyway runs only when the history differs from the list
 * the build recorded (db/seed/applied-migrations.txt), and then migrates or refuses as Flyway does.
 */
class MigrationsTest {

    @TempDir
    Path data;

    @Test
    void theBuildListsEveryMigrationScriptItCarries() throws Exception {
        List<String> scripts;
        try (var files = java.nio.file.Files.list(Path.of(Migrations.class.getResource("/db/server").toURI()))) {
            scripts = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V[0-9_]+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")).replace('_', '.')).sorted().toList();
        }
        List<String> listed = Migrations.bundled().versions().stream().sorted().toList();
        assertThat(listed).isEqualTo(scripts);
    }

    @Test
    void aDatabaseOneMigrationBehindIsMigratedByFlywayAndThenCurrent() {
        String url = "jdbc:h2:" + data.resolve("older").toAbsolutePath();
        ServerSettings settings = ServerSettings.forTests(data, "t").withDatabase(url, "sa", "");
        List<String> versions = Migrations.bundled().versions();
        String previous = versions.get(versions.size() - 2);
        Flyway.configure().dataSource(url, "sa", "").locations(Migrations.LOCATION).target(previous).load().migrate();

        try (Database database = Database.open(settings)) {
            assertThat(database.schema()).isEqualTo("migrated by Flyway");
            List<String> applied = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"type\" = 'SQL'").mapTo(String.class).list());
            assertThat(applied).containsExactlyInAnyOrderElementsOf(versions);
        }
        try (Database again = Database.open(settings)) {
            assertThat(again.schema()).isEqualTo("schema current");
        }
    }

    @Test
    void aDatabaseWhoseAppliedMigrationWasEditedIsRefusedByFlywayNotSkipped() {
        ServerSettings settings = ServerSettings.forTests(data, "t");
        try (Database database = Database.open(settings)) {
            database.jdbi().useHandle(h -> h.execute(
                    "UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '1'"));
        }
        assertThatThrownBy(() -> Database.open(settings).close())
                .hasMessageContaining("checksum mismatch").hasMessageContaining("version 1");
    }
}
