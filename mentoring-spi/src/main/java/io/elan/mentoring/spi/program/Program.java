package io.elan.mentoring.spi.program;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Versioned;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One run of a mentoring program (programme de mentorat): from kick-off to closing, in one tenant.
 *
 * @param id the program, unique in its tenant
 * @param tenant the owner
 * @param name a name people read, 1 to 200 characters
 * @param kickOff the launch date, in the program's zone
 * @param closing the closing date, strictly after the kick-off
 * @param zone the program's time zone: working hours and dates are read in it
 * @param locale the program's language, used when a participant's language has no translation
 * @param status where the program stands
 * @param settings the engine's settings for this program (capacity, follow-up policy...), as namespaced keys and
 *     text values: at most 64 entries, keys of 1 to 64 characters, values of at most 4,000 characters. Stores keep
 *     them as given; only the engine reads them.
 * @param version the stored version: 0 for a program never stored; the store increments it on each write
 */
public record Program(@NotNull @Valid ProgramId id, @NotNull @Valid TenantId tenant,
        @NotBlank @Size(max = Program.MAX_NAME_LENGTH) String name, @NotNull LocalDate kickOff,
        @NotNull LocalDate closing, @NotNull ZoneId zone, @NotNull Locale locale, @NotNull ProgramStatus status,
        @NotNull @Size(max = Program.MAX_SETTINGS) Map<String, String> settings, @PositiveOrZero long version)
        implements Versioned<Program> {

    /** Most settings a program carries. */
    public static final int MAX_SETTINGS = 64;

    /** Longest program name, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Validates every field; the message names the field and the rule.
     *
     * @param id the program, unique in its tenant
     * @param tenant the owner
     * @param name a name people read, 1 to 200 characters
     * @param kickOff the launch date, in the program's zone
     * @param closing the closing date, strictly after the kick-off
     * @param zone the program's time zone: working hours and dates are read in it
     * @param locale the program's language, used when a participant's language has no translation
     * @param status where the program stands
     * @param settings the engine's settings for this program (capacity, follow-up policy...), as namespaced keys and
     *         text values: at most 64 entries, keys of 1 to 64 characters, values of at most 4,000 characters. Stores
     *         keep them as given; only the engine reads them.
     * @param version the stored version: 0 for a program never stored; the store increments it on each write
     */
    public Program {
        Checks.present(id, "id");
        Checks.present(tenant, "tenant");
        Checks.text(name, "name", MAX_NAME_LENGTH);
        Checks.date(kickOff, "kickOff");
        Checks.date(closing, "closing");
        if (!closing.isAfter(kickOff)) {
            throw new InvalidValueException("closing", "must be after kickOff (" + kickOff + ")", closing);
        }
        Checks.zone(zone, "zone");
        Checks.locale(locale, "locale");
        Checks.present(status, "status");
        settings = Checks.map(settings, "settings", MAX_SETTINGS);
        for (Map.Entry<String, String> e : settings.entrySet()) {
            Checks.boundedText(e.getValue(), "settings[" + e.getKey() + "]", 4000);
        }
        Checks.notNegative(version, "version");
    }

    /** @return a builder for a new program in {@link ProgramStatus#DRAFT}, version 0 */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this program's values */
    public Builder toBuilder() {
        return new Builder().id(id).tenant(tenant).name(name).kickOff(kickOff).closing(closing).zone(zone)
                .locale(locale).status(status).settings(settings).version(version);
    }

    /**
     * @param newStatus the status
     * @return this program with another status, same version (the store sets the next one)
     */
    public Program withStatus(ProgramStatus newStatus) {
        return new Program(id, tenant, name, kickOff, closing, zone, locale, newStatus, settings, version);
    }

    /**
     * @param newVersion the version
     * @return this program with another version; stores use it to return what they stored
     */
    @Override
    public Program withVersion(long newVersion) {
        return new Program(id, tenant, name, kickOff, closing, zone, locale, status, settings, newVersion);
    }

    /**
     * Builds a {@link Program}; {@link #build()} checks every field. Not thread-safe.
     */
    public static final class Builder {
        private @Nullable ProgramId id;
        private @Nullable TenantId tenant;
        private @Nullable String name;
        private @Nullable LocalDate kickOff;
        private @Nullable LocalDate closing;
        private @Nullable ZoneId zone;
        private Locale locale = Locale.FRENCH;
        private ProgramStatus status = ProgramStatus.DRAFT;
        private Map<String, String> settings = Map.of();
        private long version;

        private Builder() {}

        /**
         * @param value the program id
         * @return this builder
         */
        public Builder id(ProgramId value) { this.id = value; return this; }

        /**
         * @param value the program id
         * @return this builder
         */
        public Builder id(String value) {
            return id(ProgramId.of(value));
        }

        /**
         * @param value the tenant
         * @return this builder
         */
        public Builder tenant(TenantId value) { this.tenant = value; return this; }

        /**
         * @param value the tenant id
         * @return this builder
         */
        public Builder tenant(String value) {
            return tenant(TenantId.of(value));
        }

        /**
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) { this.name = value; return this; }

        /**
         * @param value the kick-off date
         * @return this builder
         */
        public Builder kickOff(LocalDate value) { this.kickOff = value; return this; }

        /**
         * @param value the closing date
         * @return this builder
         */
        public Builder closing(LocalDate value) { this.closing = value; return this; }

        /**
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) { this.zone = value; return this; }

        /**
         * @param value an IANA zone id such as {@code Europe/Paris}
         * @return this builder
         * @throws InvalidValueException naming {@code zone} if the id is unknown
         */
        public Builder zone(String value) { this.zone = Checks.zone(value, "zone"); return this; }

        /**
         * @param value the language
         * @return this builder
         */
        public Builder locale(Locale value) { this.locale = value; return this; }

        /**
         * @param value the status
         * @return this builder
         */
        public Builder status(ProgramStatus value) { this.status = value; return this; }

        /**
         * @param value the engine's settings
         * @return this builder
         */
        public Builder settings(Map<String, String> value) { this.settings = value; return this; }

        /**
         * @param value the stored version
         * @return this builder
         */
        public Builder version(long value) { this.version = value; return this; }

        /**
         * @return the program
         * @throws InvalidValueException naming the first field that breaks a rule
         */
        public Program build() {
            return new Program(id, tenant, name, kickOff, closing, zone, locale, status, settings, version);
        }
    }
}
