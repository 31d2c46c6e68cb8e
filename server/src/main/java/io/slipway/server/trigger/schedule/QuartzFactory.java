package io.slipway.server.trigger.schedule;

import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;

/**
 * Creates the server's Quartz scheduler, in standby, on Quartz's JDBC job store ({@code JobStoreTX}) in
 * the server's database. The tables come from the server's Flyway migration {@code V6__quartz_tables.sql}.
 */
final class QuartzFactory {

    /** The scheduler name, stored in every Quartz row (SCHED_NAME): nodes sharing a database share it. */
    static final String SCHEDULER_NAME = "slipway";

    private QuartzFactory() {
    }

    /**
     * @param clusterInstanceId this server's id when servers share the database (PostgreSQL): Quartz then
     *        runs clustered (row locks in QRTZ_LOCKS, check-ins), so each fire happens on one server only
     */
    static Scheduler create(DataSource dataSource, int threads, java.util.Optional<String> clusterInstanceId) {
        // Quartz looks data sources up by name in a JVM-wide registry; a unique name per server keeps
        // several servers in one JVM (tests, embedding) on their own databases.
        String dataSourceName = "slipway-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName,
                new DataSourceConnectionProvider(dataSource));
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, SCHEDULER_NAME);
        // never AUTO: Quartz's generator resolves the host name, and this server has an id of its own
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, clusterInstanceId.orElse("NON_CLUSTERED"));
        if (clusterInstanceId.isPresent()) {
            p.setProperty("org.quartz.jobStore.isClustered", "true");
            p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        }
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(threads));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "timer");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        // PostgreSQLDelegate reads BYTEA columns with getBytes, which H2 answers for the same column type
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(Timers.MISFIRE_THRESHOLD.toMillis()));
        try {
            Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
            // Quartz also keeps schedulers in a JVM-wide registry by name and would hand the next server
            // in this JVM this same scheduler; each server owns its own.
            SchedulerRepository.getInstance().remove(SCHEDULER_NAME);
            return scheduler;
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot create the Quartz scheduler: " + e.getMessage(), e);
        }
    }
}
