package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.spi.StoreException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns driver exceptions into {@link StoreException}s and recognises the SQL states the stores act on.
 */
public final class Failures {
    private static final String UNIQUE_VIOLATION = "23505";

    private Failures() {}

    /**
     * @param what what the store was doing, such as {@code "save program p1"}
     * @param e the driver's exception
     * @return a store exception saying whether a retry may succeed
     */
    public static StoreException translate(String what, SQLException e) {
        boolean retryable = isRetryable(e);
        return new StoreException("could not " + what + ": " + firstLine(e.getMessage())
                + (retryable ? " (retryable)" : ""), retryable, e);
    }

    /**
     * @param e an exception
     * @return whether it, or an exception chained to it, reports a unique or primary key violation
     */
    public static boolean isUniqueViolation(SQLException e) {
        for (SQLException s : chain(e)) {
            if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connection losses, deadlocks, serialization failures, lock timeouts and a server shutting down are worth
     * retrying; everything else (a missing table, a violated constraint) is not.
     *
     * @param e an exception
     * @return whether the same call may succeed later
     */
    public static boolean isRetryable(SQLException e) {
        for (SQLException s : chain(e)) {
            if (s instanceof SQLTransientException || s instanceof SQLRecoverableException) {
                return true;
            }
            String state = s.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("40") || state.startsWith("53")
                    || state.startsWith("57P") || state.equals("HYT00"))) {
                return true;
            }
        }
        return false;
    }

    private static List<SQLException> chain(SQLException e) {
        List<SQLException> all = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException s) {
                all.add(s);
                SQLException next = s.getNextException();
                for (int i = 0; next != null && i < 16 && seen.add(next); i++) {
                    all.add(next);
                    next = next.getNextException();
                }
            }
        }
        return all;
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "no detail from the driver";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
