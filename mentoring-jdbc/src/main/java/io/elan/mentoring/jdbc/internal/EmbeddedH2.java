package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.spi.InvalidValueException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An H2 file database with H2's own connection pool. The only class that touches H2, so that a host without H2 on its
 * classpath never loads it; callers check that H2 is there before they use this class.
 */
public final class EmbeddedH2 implements AutoCloseable {
    private static final String FILE_SUFFIX = ".mv.db";

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
        return new EmbeddedH2(JdbcConnectionPool.create("jdbc:h2:file:" + path, "sa", ""));
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
