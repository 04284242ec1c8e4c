package io.elan.mentoring.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wraps a data source so that the connection breaks at a chosen moment, as a network cut would: the chosen call
 * fails with SQL state {@code 08006} (connection failure) after the database has done its part, and every later call
 * on that connection fails too. Breaks once, then behaves.
 */
final class FailingDataSource implements DataSource {
    /** When the connection breaks. */
    enum BreakAt {
        /** Right after the database ran the insert (a JDBC batch or one statement), before the commit. */
        AFTER_INSERT,
        /** On the commit, which does not happen. */
        COMMIT
    }

    private final DataSource target;
    private final BreakAt breakAt;
    private final AtomicBoolean armed = new AtomicBoolean(true);

    FailingDataSource(DataSource target, BreakAt breakAt) {
        this.target = target;
        this.breakAt = breakAt;
    }

    /** @return whether the connection broke already */
    boolean broke() {
        return !armed.get();
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
        AtomicBoolean broken = new AtomicBoolean();
        InvocationHandler connection = (proxy, method, args) -> {
            String name = method.getName();
            if (broken.get() && !name.equals("close") && !name.equals("rollback")) {
                throw lost();
            }
            if (name.equals("commit") && breakAt == BreakAt.COMMIT && armed.compareAndSet(true, false)) {
                broken.set(true);
                throw lost();
            }
            Object result = invoke(real, method, args);
            if (result instanceof PreparedStatement statement && breakAt == BreakAt.AFTER_INSERT) {
                return statement(statement, broken);
            }
            return result;
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                connection);
    }

    private PreparedStatement statement(PreparedStatement real, AtomicBoolean broken) {
        InvocationHandler statement = (proxy, method, args) -> {
            Object result = invoke(real, method, args);
            boolean wrote = method.getName().equals("executeBatch") || method.getName().equals("executeUpdate");
            if (wrote && armed.compareAndSet(true, false)) {
                broken.set(true);
                throw lost();
            }
            return result;
        };
        return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, statement);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static SQLException lost() {
        return new SQLRecoverableException("connection lost (simulated)", "08006");
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
