package io.slipway.server.deploy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The release change log: one row per change a release step recorded. */
@RegisterRowMapper(ReleaseChangeStore.Mapper.class)
public interface ReleaseChangeStore {

    String COLUMNS = "id, job_name, build_number, stage, kind, target, before_value, after_value, changed_at";

    @SqlUpdate("INSERT INTO release_changes (job_name, build_number, stage, kind, target, before_value, after_value,"
            + " changed_at) VALUES (:job, :build, :stage, :kind, :target, :before, :after, :at)")
    void insert(@Bind("job") String job, @Bind("build") int build, @Bind("stage") String stage,
            @Bind("kind") String kind, @Bind("target") String target, @Bind("before") String before,
            @Bind("after") String after, @Bind("at") Instant at);

    @SqlQuery("SELECT " + COLUMNS + " FROM release_changes WHERE job_name = :job AND build_number = :build ORDER BY id")
    List<ReleaseChange> ofBuild(@Bind("job") String job, @Bind("build") int build);

    @SqlQuery("SELECT " + COLUMNS + " FROM release_changes WHERE job_name = :job AND build_number >= :from"
            + " AND build_number <= :to ORDER BY id")
    List<ReleaseChange> ofBuilds(@Bind("job") String job, @Bind("from") int from, @Bind("to") int to);

    @SqlUpdate("DELETE FROM release_changes WHERE job_name = :job")
    void deleteJob(@Bind("job") String job);

    /** Maps a row to a {@link ReleaseChange}. */
    final class Mapper implements RowMapper<ReleaseChange> {
        @Override
        public ReleaseChange map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ReleaseChange(rs.getLong("id"), rs.getString("job_name"), rs.getInt("build_number"),
                    rs.getString("stage"), rs.getString("kind"), rs.getString("target"), rs.getString("before_value"),
                    rs.getString("after_value"), rs.getObject("changed_at", OffsetDateTime.class).toInstant());
        }
    }
}
