package io.elan.mentoring.spi.tck.internal;

import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.tck.contract.ErasureContract;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The erasure rules of one port: the rules every erasing port keeps ({@link ErasureContract}), in which the person
 * erased is {@link ErasedPerson}, erased by the port's own {@code erase}, beside the rules a subclass adds for what
 * only that port stores. Not API.
 *
 * @param <P> the port
 */
public abstract class ErasureRules<P> extends PortRules<P> implements ErasureContract {

    /**
     * How a port erases one person in a tenant, as every erasing port's {@code erase(TenantId, Erasure)} does.
     *
     * @param <P> the port
     */
    @FunctionalInterface
    protected interface Eraser<P> {
        /**
         * @param port the port that erases
         * @param tenant the tenant to erase in
         * @param erasure who is erased
         * @return how many records the port reports it removed or changed
         */
        int erase(P port, TenantId tenant, Erasure erasure);
    }

    private final Eraser<P> eraser;

    /**
     * @param port the kit's hook for the port under test
     * @param eraser how the port erases a person, its {@code erase} method
     */
    protected ErasureRules(Supplier<P> port, Eraser<P> eraser) {
        super(port);
        this.eraser = Objects.requireNonNull(eraser, "eraser");
    }

    @Override
    public final long eraseThePerson(TenantId tenant) {
        return eraser.erase(port(), tenant, ErasedPerson.erasure());
    }
}
