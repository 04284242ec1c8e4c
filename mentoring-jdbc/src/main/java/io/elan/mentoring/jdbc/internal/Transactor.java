package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.spi.StoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs each store operation in a transaction of its own: it commits when the work returns and rolls back when it
 * throws, so that an operation happens entirely or not at all. Driver exceptions leave as
 * {@link io.elan.mentoring.spi.StoreException}; a unique-key violation leaves as {@link DuplicateKeyException} so that
 * the caller may decide what it means. Thread-safe.
 */
public final class Transactor {
    private static final Logger LOG = LoggerFactory.getLogger(Transactor.class);

    private final DataSource dataSource;

    /**
     * @param dataSource where connections come from
     */
    public Transactor(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return where connections come from */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Work done with one connection inside one transaction.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param connection the connection, auto-commit off
         * @return the result
         * @throws SQLException as the driver does
         */
        T run(Connection connection) throws SQLException;
    }

    /**
     * @param what what the work does, for messages, such as {@code "save program p1"}
     * @param work the work
     * @param <T> what it returns
     * @return what the work returned, once committed
     */
    public <T> T inTransaction(String what, Work<T> work) {
        Connection connection = open(what);
        boolean restoreAutoCommit = false;
        @Nullable RuntimeException failure = null;
        try {
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                restoreAutoCommit = true;
            }
            T result;
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            failure = Failures.isUniqueViolation(e) ? new DuplicateKeyException(what, e) : Failures.translate(what, e);
            throw failure;
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            // After a failure the caller already holds the exception that matters: a connection that also refuses to
            // be given back is attached to it rather than logged on its own.
            if (restoreAutoCommit) {
                restoreAutoCommit(connection, failure);
            }
            close(connection, failure);
        }
    }

    /**
     * @param what what the connection is for, for messages
     * @return a connection the caller closes
     */
    public Connection open(String what) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw Failures.translate(what + " (no connection)", e);
        }
    }

    /**
     * Rolls back after a failure; a failing rollback is attached to the failure, which matters more.
     *
     * @param connection the connection
     * @param failure what made the work fail
     */
    static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Closes a connection whose work is over, committed or rolled back: a failing close changes nothing for the
     * caller, so it is logged rather than thrown.
     *
     * @param connection the connection
     */
    static void close(Connection connection) {
        close(connection, null);
    }

    private static void close(Connection connection, @Nullable Throwable failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
                return;
            }
            // The caller's outcome is already settled: the cause in one line, its trace only for those who ask.
            LOG.warn("Could not close a connection after its transaction ended: {}", e.toString());
            LOG.debug("Could not close a connection after its transaction ended", e);
        }
    }

    /**
     * Gives a pooled connection back as it was lent; the transaction is already over, so a failure here changes
     * nothing for the caller and is logged.
     *
     * @param connection the connection
     */
    static void restoreAutoCommit(Connection connection) {
        restoreAutoCommit(connection, null);
    }

    private static void restoreAutoCommit(Connection connection, @Nullable Throwable failure) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
                return;
            }
            // The caller's outcome is already settled: the cause in one line, its trace only for those who ask.
            LOG.warn("Could not restore auto-commit on a connection after its transaction ended: {}", e.toString());
            LOG.debug("Could not restore auto-commit on a connection after its transaction ended", e);
        }
    }

    /**
     * A unique or primary key was violated: the row exists already. The stores turn it into what it means for them (a
     * version conflict, {@code false}, a retry); should one ever escape, it is still a {@link StoreException}.
     */
    public static final class DuplicateKeyException extends StoreException {
        private static final long serialVersionUID = 1L;

        DuplicateKeyException(String what, SQLException cause) {
            super("could not " + what + ": the key exists already", false, cause);
        }
    }
}
