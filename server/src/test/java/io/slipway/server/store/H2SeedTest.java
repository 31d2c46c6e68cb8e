package io.slipway.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.slipway.server.config.ServerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start on an empty data folder begins from the H2 database the build made (db/seed): it must be the
 * database Flyway makes from the same scripts, and a data folder that already has a database keeps it.
 */
class H2SeedTest {

    @TempDir
    Path seeded;

    @TempDir
    Path migrated;

    @Test
    void aFirstStartCopiesTheSeedAndHasTheSameSchemaFlywayMakesFromTheScripts() {
        try (Database fromSeed = Database.open(ServerSettings.forTests(seeded, "t"));
             Database fromScripts = Database.open(ServerSettings.forTests(migrated, "t")
                     .withDatabase("jdbc:h2:" + migrated.resolve("scripts").toAbsolutePath(), "sa", ""))) {
            assertThat(fromSeed.schema()).isEqualTo("created from the build's seed");
            assertThat(fromScripts.schema()).isEqualTo("migrated by Flyway");
            for (String query : SCHEMA_QUERIES) {
                assertThat(rows(fromSeed, query)).as(query).isNotEmpty().isEqualTo(rows(fromScripts, query));
            }
            assertThat(rows(fromSeed, "SELECT \"version\" || ' ' || \"success\" FROM \"flyway_schema_history\""
                    + " WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\""))
                    .isEqualTo(rows(fromScripts, "SELECT \"version\" || ' ' || \"success\" FROM \"flyway_schema_history\""
                            + " WHERE \"type\" = 'SQL' ORDER BY \"installed_rank\""));
        }
    }

    @Test
    void aDataFolderThatHasADatabaseKeepsItAndItsRows() {
        ServerSettings settings = ServerSettings.forTests(seeded, "t");
        try (Database database = Database.open(settings)) {
            database.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO jobs (name, pipeline, next_build_number, created_at, updated_at)"
                            + " VALUES ('kept', 'pipeline {}', 1, NOW(), NOW())"));
        }
        try (Database again = Database.open(settings)) {
            assertThat(again.schema()).isEqualTo("schema current");
            assertThat(rows(again, "SELECT name FROM jobs")).containsExactly("kept");
        }
        assertThat(Files.exists(seeded.resolve("slipway.mv.db.seeding"))).isFalse();
    }

    private static final List<String> SCHEMA_QUERIES = List.of(
            "SELECT TABLE_NAME || '.' || COLUMN_NAME || ' ' || DATA_TYPE || ' ' || IS_NULLABLE || ' '"
                    + " || COALESCE(COLUMN_DEFAULT, '-') FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                    + " ORDER BY TABLE_NAME, ORDINAL_POSITION",
            "SELECT TABLE_NAME || '.' || INDEX_NAME || ' ' || INDEX_TYPE_NAME FROM INFORMATION_SCHEMA.INDEXES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, INDEX_NAME",
            "SELECT TABLE_NAME || '.' || CONSTRAINT_NAME || ' ' || CONSTRAINT_TYPE FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, CONSTRAINT_NAME");

    private static List<String> rows(Database database, String query) {
        return database.jdbi().withHandle(h -> h.createQuery(query).mapTo(String.class).list());
    }
}
