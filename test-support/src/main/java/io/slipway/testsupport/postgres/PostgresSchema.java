package io.slipway.testsupport.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh schema on a real PostgreSQL for each test, dropped (with all it holds) after it. Register it
 * as {@code @RegisterExtension final PostgresSchema postgres = new PostgresSchema();} and hand the code
 * under test {@link #url()}, {@link #user()} and {@link #password()}.
 *
 * <p>The server comes from {@code SLIPWAY_TEST_PG_URL}, {@code SLIPWAY_TEST_PG_USER} and
 * {@code SLIPWAY_TEST_PG_PASSWORD} ({@code source .ci/services.sh && start_postgres} sets them). When
 * they are unset the test is skipped, except under {@code CI=true}, where it fails: CI must not pass
 * by skipping what it was meant to check. The schema is dropped after the test's own {@code @AfterEach}
 * methods, so a test stops its servers there (or in the test) before their tables go.
 */
public final class PostgresSchema implements BeforeEachCallback, AfterEachCallback {

    private String baseUrl;
    private String user;
    private String password;
    private String name;

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        baseUrl = System.getenv("SLIPWAY_TEST_PG_URL");
        if (baseUrl == null || baseUrl.isBlank()) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("CI=true but SLIPWAY_TEST_PG_URL is not set:"
                        + " start PostgreSQL with `source .ci/services.sh && start_postgres`");
            }
            Assumptions.abort("SLIPWAY_TEST_PG_URL is not set (source .ci/services.sh && start_postgres)");
        }
        user = System.getenv("SLIPWAY_TEST_PG_USER");
        password = System.getenv("SLIPWAY_TEST_PG_PASSWORD");
        name = "slipway_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(baseUrl, "CREATE SCHEMA " + name);
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        if (name != null) {
            execute(baseUrl, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
            name = null;
        }
    }

    /** The JDBC URL of this test's schema ({@code currentSchema} set), for the code under test. */
    public String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /**
     * {@link #url()} with {@code ApplicationName} set: connections the code under test opens through it show under
     * that name in {@code pg_stat_activity} ({@link #backendsNamed}).
     */
    public String url(String applicationName) {
        return url() + "&ApplicationName=" + applicationName;
    }

    /** The process ids of the server's backends now connected under {@code applicationName}. */
    public java.util.List<Integer> backendsNamed(String applicationName) throws SQLException {
        try (Connection connection = connect();
                var query = connection.prepareStatement("SELECT pid FROM pg_stat_activity WHERE application_name = ?")) {
            query.setString(1, applicationName);
            var pids = new java.util.ArrayList<Integer>();
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    pids.add(rows.getInt(1));
                }
            }
            return pids;
        }
    }

    /** The schema's name ({@code slipway_} and 12 hex digits). */
    public String name() {
        return name;
    }

    /** A new connection to this test's schema; the caller closes it. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user, password);
    }

    /** The first column of the first row that {@code query} returns in this schema, as text (null for NULL). */
    public String text(String query) throws SQLException {
        try (Connection connection = connect();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            if (!rows.next()) {
                throw new AssertionError("no row from: " + query);
            }
            return rows.getString(1);
        }
    }

    /** A {@code SELECT COUNT(*) ...} (or any single number) in this schema. */
    public long count(String query) throws SQLException {
        return Long.parseLong(text(query));
    }

    private void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
