package io.elan.mentoring.spi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The host's customer, company or workspace that owns a set of programs. Every stored thing belongs to exactly one
 * tenant and no call reads across tenants.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
 */
public record TenantId(@NotBlank @Size(max = Identifiers.MAX_LENGTH) String value) {
    /**
     * Validates the identifier.
     *
     * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
     */
    public TenantId {
        Identifiers.check(value, "tenantId");
    }

    /**
     * @param value the identifier
     * @return the tenant identifier
     * @throws InvalidValueException if the value breaks the identifier rules
     */
    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
