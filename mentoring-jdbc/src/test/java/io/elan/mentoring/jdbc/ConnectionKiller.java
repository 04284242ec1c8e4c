package io.elan.mentoring.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a data source so that a test can have the database server kill one live connection in the middle of a
 * transaction, as an administrator, a proxy timeout or a failover would. Once armed for a thread, that thread's next
 * commit first has the server end the connection's session from a connection of its own (H2's
 * {@code ABORT_SESSION}, PostgreSQL's {@code pg_terminate_backend}, waiting until it is gone), so the commit fails and
 * the server rolls the transaction back. The killed connection is evicted from its pool when it is closed, as a pool
 * that recognises the failure would.
 */
final class ConnectionKiller implements DataSource {
    private final HikariDataSource target;
    private final DataSource admin;
    private final JdbcDialect dialect;
    private final AtomicReference<Thread> armedFor = new AtomicReference<>();
    private final AtomicInteger kills = new AtomicInteger();

    /**
     * @param target the pool the connections come from
     * @param admin where the connection that kills comes from
     * @param dialect the server's dialect
     */
    ConnectionKiller(HikariDataSource target, DataSource admin, JdbcDialect dialect) {
        this.target = target;
        this.admin = admin;
        this.dialect = dialect;
    }

    /** Kills the connection of the next commit made by the calling thread. */
    void armForThisThread() {
        armedFor.set(Thread.currentThread());
    }

    /** @return how many connections were killed */
    int kills() {
        return kills.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(target.getConnection(username, password));
    }

    private Connection wrap(Connection real) {
        AtomicBoolean killed = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().equals("commit") && armedFor.compareAndSet(Thread.currentThread(), null)) {
                kill(real);
                killed.set(true);
            }
            if (method.getName().equals("close") && killed.get()) {
                target.evictConnection(real);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private void kill(Connection victim) throws SQLException {
        int session;
        try (Statement s = victim.createStatement();
                ResultSet rs = s.executeQuery(dialect == JdbcDialect.H2 ? "SELECT SESSION_ID()"
                        : "SELECT pg_backend_pid()")) {
            rs.next();
            session = rs.getInt(1);
        }
        try (Connection c = admin.getConnection();
                PreparedStatement ps = c.prepareStatement(dialect == JdbcDialect.H2 ? "CALL ABORT_SESSION(?)"
                        : "SELECT pg_terminate_backend(?, 10000)")) {
            ps.setInt(1, session);
            ps.execute();
        }
        kills.incrementAndGet();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
