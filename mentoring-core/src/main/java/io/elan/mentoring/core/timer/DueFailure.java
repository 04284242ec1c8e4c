package io.elan.mentoring.core.timer;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A step of a timer call that failed. The rest of the call went on; the step is tried again by the next call, and
 * whatever it had written before failing is not written twice.
 *
 * @param tenant the tenant
 * @param program the program, or {@code null} for a step of the whole tenant (delivery)
 * @param step what was being done, such as {@code "survey waves"} or {@code "delivery"}
 * @param reason the failure's type and message
 */
public record DueFailure(TenantId tenant, @Nullable ProgramId program, String step, String reason) {
    /**
     * Checks that every part is present.
     *
     * @param tenant the tenant
     * @param program the program, or {@code null} for a step of the whole tenant (delivery)
     * @param step what was being done, such as {@code "survey waves"} or {@code "delivery"}
     * @param reason the failure's type and message
     */
    public DueFailure {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return tenant.value() + (program == null ? "" : "/" + program.value()) + " " + step + ": " + reason;
    }
}
