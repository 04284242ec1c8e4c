package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Queries that read rows: into a list, an optional, or a lazy stream that holds its connection until it is closed or
 * read to the end.
 */
public final class Rows {
    /** Rows fetched per round trip by a streaming query. */
    static final int FETCH_SIZE = 500;

    private Rows() {}

    /**
     * Binds the parameters of a statement.
     */
    @FunctionalInterface
    public interface Binder {
        /**
         * @param ps the statement
         * @throws SQLException as the driver does
         */
        void bind(PreparedStatement ps) throws SQLException;
    }

    /**
     * Reads one row.
     *
     * @param <T> what a row becomes
     */
    @FunctionalInterface
    public interface Mapper<T> {
        /**
         * @param rs the result set, on the row
         * @return the value
         * @throws SQLException as the driver does
         */
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * @param connection the connection
     * @param sql the query
     * @param binder its parameters
     * @param mapper how a row is read
     * @param <T> what a row becomes
     * @return every row
     * @throws SQLException as the driver does
     */
    public static <T> List<T> list(Connection connection, String sql, Binder binder, Mapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(read(mapper, rs));
                }
                return rows;
            }
        }
    }

    /**
     * @param connection the connection
     * @param sql the query
     * @param binder its parameters
     * @param mapper how a row is read
     * @param <T> what a row becomes
     * @return the first row, if any
     * @throws SQLException as the driver does
     */
    public static <T> Optional<T> first(Connection connection, String sql, Binder binder, Mapper<T> mapper)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(mapper, rs)) : Optional.empty();
            }
        }
    }

    /**
     * Reads a row into an SPI value; a row that breaks the value's rules was not written by this store (or was
     * changed behind its back), which is a storage failure rather than the caller's mistake.
     */
    private static <T> T read(Mapper<T> mapper, ResultSet rs) throws SQLException {
        try {
            return mapper.map(rs);
        } catch (InvalidValueException e) {
            throw new StoreException("a stored row breaks the rules of its value: " + e.getMessage(), false, e);
        }
    }

    /**
     * Binds text parameters in order, from the first. Values written were checked already, with their field named;
     * this check guards lookups: a driver would turn an unpaired surrogate into {@code '?'}, and an identifier such as
     * a tenant could then match another one.
     *
     * @param ps the statement
     * @param values the values
     * @throws InvalidValueException if a value holds NUL or an unpaired surrogate
     * @throws SQLException as the driver does
     */
    public static void strings(PreparedStatement ps, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (!Columns.isStorable(values[i])) {
                throw new InvalidValueException("identifier", "must not contain NUL or an unpaired surrogate",
                        Checks.quote(values[i]));
            }
            ps.setString(i + 1, values[i]);
        }
    }

    /**
     * @param connection the connection
     * @param sql an update
     * @param binder its parameters
     * @return how many rows it changed
     * @throws SQLException as the driver does
     */
    public static int update(Connection connection, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        }
    }

    /**
     * A lazy stream of rows read in one read-only transaction. The connection is given back when the stream is
     * closed, when it is read to the end, or when reading fails.
     *
     * @param transactor where the connection comes from
     * @param what what the query reads, for messages
     * @param sql the query
     * @param binder its parameters
     * @param mapper how a row is read
     * @param <T> what a row becomes
     * @return the rows
     */
    public static <T> Stream<T> stream(Transactor transactor, String what, String sql, Binder binder,
            Mapper<T> mapper) {
        RowSpliterator<T> rows = new RowSpliterator<>(transactor.open(what), what, mapper);
        try {
            rows.start(sql, binder);
        } catch (SQLException e) {
            rows.release(e);
            throw Failures.translate(what, e);
        } catch (RuntimeException | Error e) {
            rows.release(e);
            throw e;
        }
        return StreamSupport.stream(rows, false).onClose(() -> rows.release(null));
    }

    private static final class RowSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final Connection connection;
        private final String what;
        private final Mapper<T> mapper;
        private boolean restoreAutoCommit;
        private @Nullable PreparedStatement statement;
        private @Nullable ResultSet resultSet;
        private boolean released;

        RowSpliterator(Connection connection, String what, Mapper<T> mapper) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.connection = connection;
            this.what = what;
            this.mapper = mapper;
        }

        void start(String sql, Binder binder) throws SQLException {
            // PostgreSQL fetches in chunks (rather than the whole result at once) only inside a transaction.
            if (connection.getAutoCommit()) {
                connection.setAutoCommit(false);
                restoreAutoCommit = true;
            }
            PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement = ps;
            ps.setFetchSize(FETCH_SIZE);
            binder.bind(ps);
            resultSet = ps.executeQuery();
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            ResultSet rs = resultSet;
            if (released || rs == null) {
                return false;
            }
            T row;
            try {
                if (!rs.next()) {
                    release(null);
                    return false;
                }
                row = read(mapper, rs);
            } catch (SQLException e) {
                release(e);
                throw Failures.translate(what, e);
            } catch (RuntimeException | Error e) {
                release(e);
                throw e;
            }
            action.accept(row);
            return true;
        }

        /**
         * Ends the read-only transaction and gives the connection back; failures are attached to the failure that
         * made the stream stop, if any, and otherwise thrown.
         */
        void release(@Nullable Throwable failure) {
            if (released) {
                return;
            }
            released = true;
            SQLException closing = null;
            try {
                if (resultSet != null) {
                    resultSet.close();
                }
                if (statement != null) {
                    statement.close();
                }
                connection.rollback();
            } catch (SQLException e) {
                closing = e;
            }
            if (restoreAutoCommit) {
                Transactor.restoreAutoCommit(connection);
            }
            Transactor.close(connection);
            if (closing != null) {
                if (failure != null) {
                    failure.addSuppressed(closing);
                } else {
                    throw Failures.translate(what + " (ending the read)", closing);
                }
            }
        }
    }
}
