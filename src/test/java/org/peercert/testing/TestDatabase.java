package org.peercert.testing;

import com.mysql.cj.jdbc.MysqlDataSource;

/**
 * The test run's MariaDB, as a test outside the server reaches it: the URL the build gives the test server
 * ({@code peercert.test.db.url}) and the credentials of the environment (PEERCERT_DB_USER, PEERCERT_DB_PASSWORD).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** The test server's own database. */
    public static MysqlDataSource portal() {
        return at(System.getProperty("peercert.test.db.url"));
    }

    /** Another database on the same server, one a test makes for itself ("" for none). */
    public static MysqlDataSource schema(String schema) {
        return at(System.getProperty("peercert.test.db.url").replaceFirst("^(jdbc:[a-z]+://[^/]+/)[^?]*", "$1" + schema));
    }

    private static MysqlDataSource at(String url) {
        MysqlDataSource database = new MysqlDataSource();
        database.setURL(url);
        database.setUser(System.getenv().getOrDefault("PEERCERT_DB_USER", "root"));
        database.setPassword(System.getenv().getOrDefault("PEERCERT_DB_PASSWORD", ""));
        return database;
    }
}
