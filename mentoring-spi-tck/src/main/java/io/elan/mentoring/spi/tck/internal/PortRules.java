package io.elan.mentoring.spi.tck.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Rules a kit mounts on the port it tests, as a {@code @Nested} subclass that passes them the kit's hook for the port.
 * The rules ask the hook for the port at each use, never once for all, since a kit may give every test a port of its
 * own. Not API.
 *
 * @param <P> the port
 */
public abstract class PortRules<P> {

    private final Supplier<P> port;

    /** @param port the kit's hook for the port under test */
    protected PortRules(Supplier<P> port) {
        this.port = Objects.requireNonNull(port, "port");
    }

    /** @return the port under test, as the kit's hook gives it now */
    protected final P port() {
        return port.get();
    }
}
