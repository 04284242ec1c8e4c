package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.spi.InvalidValueException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An H2 file database with H2's own connection pool. The only class that touches H2, so that a host without H2 on its
 * classpath never loads it; callers check that H2 is there before they use this class.
 *
 * <p>H2 acknowledges a commit before writing it by default: a background thread writes what was committed every
 * {@code WRITE_DELAY} milliseconds (500), so a process killed in between loses every commit of that window. The
 * database is opened with {@code WRITE_DELAY=0} instead, which makes each commit write its changes to the file before
 * it returns. The file is not forced to the disk on each commit: a killed process loses nothing the database
 * acknowledged, a power cut or an operating system crash may lose its last commits.
 */
public final class EmbeddedH2 implements AutoCloseable {
    private static final String FILE_SUFFIX = ".mv.db";
    /** Each commit is written to the file before it returns, not later by H2's background writer. */
    private static final String SETTINGS = ";WRITE_DELAY=0";

    private final JdbcConnectionPool pool;

    private EmbeddedH2(JdbcConnectionPool pool) {
        this.pool = pool;
    }

    /**
     * @param file the database file; H2 adds {@value #FILE_SUFFIX} unless the name already ends with it
     * @return the open database
     * @throws InvalidValueException if the path cannot be part of an H2 URL
     */
    public static EmbeddedH2 open(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        if (path.endsWith(FILE_SUFFIX)) {
            path = path.substring(0, path.length() - FILE_SUFFIX.length());
        }
        // H2 reads ';' in a URL as the start of its settings: a path holding one would change the settings.
        if (path.indexOf(';') >= 0) {
            throw new InvalidValueException("file", "must not contain ';' (H2 reads it as a setting)", file);
        }
        return new EmbeddedH2(JdbcConnectionPool.create("jdbc:h2:file:" + path + SETTINGS, "sa", ""));
    }

    /** @return the pooled data source */
    public DataSource dataSource() {
        return pool;
    }

    /** Closes every pooled connection; H2 closes the database file with the last one. */
    @Override
    public void close() {
        pool.dispose();
    }
}
