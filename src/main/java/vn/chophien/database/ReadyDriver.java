package vn.chophien.database;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;

/**
 * MySQL Connector/J, except that a first connection waits until the embedded server the launcher started is ready.
 * The service then boots (classes, Hibernate's model, validation, templates) while MariaDB starts, instead of after
 * it: on a later start both take about as long. Against an external server nothing waits.
 */
public final class ReadyDriver implements Driver {

    private static volatile CompletableFuture<?> server = CompletableFuture.completedFuture(null);

    private final Driver mysql = new com.mysql.cj.jdbc.Driver();

    public ReadyDriver() throws SQLException {
    }

    /** Connections wait for this (the embedded server's start) before they are made. */
    public static void awaiting(CompletableFuture<?> start) {
        server = start;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        try {
            server.join();
        } catch (CompletionException e) {
            throw new SQLException("The embedded database did not start", e.getCause());
        }
        return mysql.connect(url, info);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return mysql.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return mysql.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return mysql.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return mysql.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return mysql.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return mysql.getParentLogger();
    }
}
