package io.elan.mentoring.spi.tck.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.TenantId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rules every port that erases a person keeps, whatever it stores: erasing twice is harmless, and an erasure in
 * one tenant changes nothing in another. A kit mounts it as a {@code @Nested} class that implements the three hooks
 * for its port, beside the rules only that port has (what is removed, what is pseudonymised, what is redacted):
 *
 * <pre>{@code
 * @Nested
 * @DisplayName("personal data")
 * class PersonalData implements ErasureContract {
 *     public void writeRecords(TenantId tenant) { ... messages to, from and about the person, and others' ... }
 *     public List<?> readRecords(TenantId tenant) { ... every read path's answer ... }
 *     public long eraseThePerson(TenantId tenant) { return outbox().erase(tenant, erasure); }
 * }
 * }</pre>
 *
 * Every test works in tenants of its own, so the port under test may serve every test.
 */
public interface ErasureContract {


    /**
     * Writes, in {@code tenant}, records about the person the rules erase and records about other people.
     *
     * @param tenant the tenant to write in
     */
    void writeRecords(TenantId tenant);

    /**
     * @param tenant the tenant that reads
     * @return everything the port's read paths return in {@code tenant} about the records written, in the port's order
     */
    List<?> readRecords(TenantId tenant);

    /**
     * Erases, in {@code tenant}, the person the rules erase.
     *
     * @param tenant the tenant to erase in
     * @return how many records the port reports it removed or changed
     */
    long eraseThePerson(TenantId tenant);

    /** Erasing the same person twice is harmless: the second erasure finds nothing and changes nothing. */
    @Test
    @DisplayName("erasing the same person twice is harmless: the second erasure finds nothing and changes nothing")
    default void erasingTwice() {
        TenantId tenant = TenantId.of("kit-" + UUID.randomUUID());
        writeRecords(tenant);
        eraseThePerson(tenant);
        List<?> once = readRecords(tenant);
        assertThat(eraseThePerson(tenant)).as("erasing a person already erased must count no record").isZero();
        assertThat(readRecords(tenant)).as("erasing a person already erased must change no record")
                .isEqualTo(once);
    }

    /** Erasing a person in one tenant leaves another tenant's records untouched. */
    @Test
    @DisplayName("erasing a person in one tenant leaves another tenant's records untouched")
    default void otherTenantUntouched() {
        TenantId tenant = TenantId.of("kit-" + UUID.randomUUID());
        TenantId other = TenantId.of("kit-" + UUID.randomUUID());
        writeRecords(tenant);
        writeRecords(other);
        List<?> before = readRecords(other);
        eraseThePerson(tenant);
        assertThat(readRecords(other)).as("an erasure in one tenant must change none of another tenant's records")
                .isEqualTo(before);
    }
}
