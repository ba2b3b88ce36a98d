package io.relink.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain DataSource that picks the JDBC driver from the URL, so that one setting ({@code
 * relink.db.url}) switches between the embedded H2 and PostgreSQL. Payara pools the connections it
 * hands out; this class only opens them.
 *
 * <p>Written by hand because the vendors' DataSource classes each take their own class name, which
 * would add a second setting that must agree with the URL.
 */
public class UrlDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;
    private PrintWriter logWriter;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        Properties info = new Properties();
        if (username != null) {
            info.setProperty("user", username);
        }
        if (secret != null) {
            info.setProperty("password", secret);
        }
        return driver().connect(url, info);
    }

    private Driver driver() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException(
                    "No database URL: set relink.db.url (environment RELINK_DB_URL)");
        }
        for (Driver candidate :
                ServiceLoader.load(Driver.class, UrlDataSource.class.getClassLoader())) {
            if (candidate.acceptsURL(url)) {
                return candidate;
            }
        }
        throw new SQLException(
                "No JDBC driver for "
                        + url.replaceAll("password=[^;&]*", "password=***")
                        + "; Relink ships drivers for H2 and PostgreSQL");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
