package io.slipway.server.trigger.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.quartz.utils.ConnectionProvider;

/**
 * Hands Quartz's JDBC job store connections of the server's own data source, so Quartz's tables live in
 * the server's database (H2 or PostgreSQL) and need no second pool configuration.
 */
final class DataSourceConnectionProvider implements ConnectionProvider {

    private final DataSource dataSource;

    DataSourceConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public void shutdown() {
        // the server closes its database itself, after the scheduler
    }

    @Override
    public void initialize() {
        // nothing to set up: the data source exists already
    }
}
