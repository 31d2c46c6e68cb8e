package io.slipway.server.job.multibranch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Multibranch projects and their branches. */
@RegisterConstructorMapper(MultibranchProject.class)
@RegisterConstructorMapper(BranchRow.class)
public interface MultibranchStore {

    String PROJECT = "name, description, repo_url, script_path, scan_interval_minutes, last_scan_at, last_scan_error,"
            + " created_at";

    @SqlQuery("SELECT " + PROJECT + " FROM multibranch_projects ORDER BY name")
    List<MultibranchProject> projects();

    @SqlQuery("SELECT " + PROJECT + " FROM multibranch_projects WHERE name = :name")
    Optional<MultibranchProject> project(@Bind("name") String name);

    @SqlUpdate("INSERT INTO multibranch_projects (" + PROJECT + ") VALUES (:name, :description, :repoUrl, :scriptPath,"
            + " :scanIntervalMinutes, :lastScanAt, :lastScanError, :createdAt)")
    void insert(@BindMethods MultibranchProject project);

    @SqlUpdate("UPDATE multibranch_projects SET description = :description, repo_url = :repoUrl,"
            + " script_path = :scriptPath, scan_interval_minutes = :scanIntervalMinutes WHERE name = :name")
    int update(@BindMethods MultibranchProject project);

    @SqlUpdate("UPDATE multibranch_projects SET last_scan_at = :at, last_scan_error = :error WHERE name = :name")
    void scanned(@Bind("name") String name, @Bind("at") Instant at, @Bind("error") String error);

    @SqlUpdate("DELETE FROM multibranch_projects WHERE name = :name")
    int delete(@Bind("name") String name);

    @SqlQuery("SELECT project, branch, job_name, head_sha, created_at FROM multibranch_branches"
            + " WHERE project = :project ORDER BY branch")
    List<BranchRow> branches(@Bind("project") String project);

    @SqlUpdate("INSERT INTO multibranch_branches (project, branch, job_name, head_sha, created_at)"
            + " VALUES (:project, :branch, :jobName, :headSha, :createdAt)")
    void insertBranch(@BindMethods BranchRow row);

    @SqlUpdate("UPDATE multibranch_branches SET head_sha = :head WHERE project = :project AND branch = :branch")
    void moveHead(@Bind("project") String project, @Bind("branch") String branch, @Bind("head") String head);

    @SqlUpdate("DELETE FROM multibranch_branches WHERE project = :project AND branch = :branch")
    void deleteBranch(@Bind("project") String project, @Bind("branch") String branch);
}
