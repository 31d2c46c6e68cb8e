package io.slipway.server.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

/** Jobs and their build-number counters. */
@RegisterConstructorMapper(JobRow.class)
public interface JobStore {

    String COLUMNS = "name, description, repo_url, repo_branch, script_path, pipeline, created_at, updated_at";

    @SqlQuery("SELECT " + COLUMNS + " FROM jobs ORDER BY name")
    List<JobRow> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM jobs WHERE name = :name")
    Optional<JobRow> find(@Bind("name") String name);

    @SqlUpdate("INSERT INTO jobs (" + COLUMNS + ", next_build_number) VALUES (:name, :description, :repoUrl,"
            + " :repoBranch, :scriptPath, :pipeline, :createdAt, :updatedAt, 1)")
    void insert(@BindMethods JobRow row);

    @SqlUpdate("UPDATE jobs SET description = :description, repo_url = :repoUrl, repo_branch = :repoBranch,"
            + " script_path = :scriptPath, pipeline = :pipeline, updated_at = :updatedAt WHERE name = :name")
    int update(@BindMethods JobRow row);

    @SqlUpdate("DELETE FROM jobs WHERE name = :name")
    int delete(@Bind("name") String name);

    @SqlUpdate("UPDATE jobs SET next_build_number = next_build_number + 1 WHERE name = :name")
    int bumpBuildNumber(@Bind("name") String name);

    @SqlQuery("SELECT next_build_number FROM jobs WHERE name = :name")
    int nextBuildNumber(@Bind("name") String name);

    /**
     * Reserves the next build number of a job. The UPDATE locks the job's row until the transaction
     * ends, so two concurrent triggers never get the same number (on H2 and on PostgreSQL).
     */
    @Transaction
    default int reserveBuildNumber(String name) {
        if (bumpBuildNumber(name) != 1) {
            throw new IllegalStateException("job " + name + " vanished while reserving a build number");
        }
        return nextBuildNumber(name) - 1;
    }
}
