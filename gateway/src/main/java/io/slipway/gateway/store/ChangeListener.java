package io.slipway.gateway.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears, through PostgreSQL's LISTEN/NOTIFY, that another node committed a configuration change, so
 * that every node serves it within milliseconds instead of at its next poll (Kong's nodes wait up to
 * their 5 s {@code db_update_frequency}). Every write sends {@link #CHANNEL} in its transaction, and
 * PostgreSQL delivers it only on commit. The poll stays as the safety net for a lost notification
 * (a dropped listening connection): this thread reconnects with a growing pause and calls back once
 * after each reconnect, since changes may have been missed meanwhile.
 */
final class ChangeListener implements AutoCloseable {

    static final String CHANNEL = "slipway_gateway_config";

    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long MAX_PAUSE_MILLIS = 10_000;

    private final DataSource dataSource;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private ChangeListener(DataSource dataSource, Runnable onChange) {
        this.dataSource = dataSource;
        this.onChange = onChange;
        this.thread = new Thread(this::run, "gateway-config-listener");
        this.thread.setDaemon(true);
    }

    /** Starts listening on its own connection; {@code onChange} runs on the listener's thread. */
    static ChangeListener start(DataSource dataSource, Runnable onChange) {
        var listener = new ChangeListener(dataSource, onChange);
        listener.thread.start();
        return listener;
    }

    private void run() {
        long pause = 250;
        boolean first = true;
        while (!closed) {
            try (Connection conn = dataSource.getConnection()) {
                connection = conn;
                try (Statement statement = conn.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (!first) {
                    onChange.run();
                }
                first = false;
                pause = 250;
                var pg = conn.unwrap(PGConnection.class);
                while (!closed) {
                    var notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        onChange.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("gateway change notifications interrupted ({}); retrying in {} ms, polling meanwhile",
                        e.getMessage(), pause);
                sleep(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            } finally {
                connection = null;
            }
        }
    }

    private void sleep(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        Connection open = connection;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                LOG.debug("closing the listening connection: {}", e.getMessage());
            }
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
