package io.slipway.server.deploy;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Deployments, newest first wherever a list is read. */
@RegisterConstructorMapper(DeploymentRow.class)
public interface DeploymentStore {

    String COLUMNS = "id, job_name, environment, build_number, commit_sha, parameters, image, digest, revision, snapshot, state,"
            + " deployed_by, cause, deployed_at, rollback_of";

    @SqlUpdate("INSERT INTO deployments (job_name, environment, build_number, commit_sha, parameters, image, digest, revision,"
            + " snapshot, state, deployed_by, cause, deployed_at, rollback_of) VALUES (:jobName, :environment,"
            + " :buildNumber, :commitSha, :parameters, :image, :digest, :revision, :snapshot, :state, :deployedBy, :cause,"
            + " :deployedAt, :rollbackOf)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods DeploymentRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM deployments WHERE id = :id")
    Optional<DeploymentRow> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM deployments WHERE job_name = :job ORDER BY id DESC LIMIT :limit")
    List<DeploymentRow> ofJob(@Bind("job") String job, @Bind("limit") int limit);

    @SqlQuery("SELECT " + COLUMNS + " FROM deployments WHERE job_name = :job AND environment = :environment"
            + " ORDER BY id DESC LIMIT :limit")
    List<DeploymentRow> ofJobIn(@Bind("job") String job, @Bind("environment") String environment,
            @Bind("limit") int limit);

    /** The current deployment of every job and environment (the newest of each pair). */
    @SqlQuery("SELECT " + COLUMNS + " FROM deployments d WHERE id = (SELECT MAX(id) FROM deployments l"
            + " WHERE l.job_name = d.job_name AND l.environment = d.environment) ORDER BY environment, job_name")
    List<DeploymentRow> current();

    @SqlQuery("SELECT " + COLUMNS + " FROM deployments d WHERE environment = :environment AND id = (SELECT MAX(id)"
            + " FROM deployments l WHERE l.job_name = d.job_name AND l.environment = d.environment) ORDER BY job_name")
    List<DeploymentRow> currentIn(@Bind("environment") String environment);

    @SqlUpdate("DELETE FROM deployments WHERE job_name = :job")
    void deleteJob(@Bind("job") String job);
}
