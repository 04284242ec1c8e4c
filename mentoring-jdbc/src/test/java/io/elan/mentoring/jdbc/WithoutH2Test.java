package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ElanException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * H2 is an optional dependency: a host that never asks for the embedded database does not need it, and one that
 * asks without it gets a message saying what to add.
 */
@DisplayName("without H2 on the classpath")
class WithoutH2Test {

    @Test
    @DisplayName("the stores load, and the embedded database is refused with the dependency to add")
    void optional(@TempDir Path dir) throws Exception {
        URL[] withoutH2 = {location(JdbcStores.class), location(ElanException.class), location(Logger.class),
                location(NullMarked.class)};
        try (URLClassLoader loader = new URLClassLoader(withoutH2, ClassLoader.getPlatformClassLoader())) {
            Class<?> stores = loader.loadClass(JdbcStores.class.getName());
            assertThat(stores.getMethod("builder").invoke(null)).isNotNull();
            Method embedded = stores.getMethod("embeddedH2", Path.class);
            Throwable refusal = null;
            try {
                embedded.invoke(null, dir.resolve("elan"));
            } catch (InvocationTargetException e) {
                refusal = e.getCause();
            }
            assertThat(refusal).isNotNull();
            assertThat(refusal.getClass().getName()).isEqualTo(ElanException.class.getName());
            assertThat(refusal).hasMessageContaining("com.h2database:h2");
        }
    }

    private static URL location(Class<?> type) {
        return type.getProtectionDomain().getCodeSource().getLocation();
    }
}
