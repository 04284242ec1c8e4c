package io.elan.mentoring.spi.directory;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A person as the host's people directory describes them.
 *
 * @param id the person
 * @param displayName the name people read, 1 to 200 characters on a single line (it may appear in a subject), so no
 *     line break, tab or other control character
 * @param email an e-mail address, if known; a single line, as it becomes a header
 * @param phone a phone number in E.164 form ({@code +33612345678}), if known
 * @param locale their language
 * @param zone their time zone
 * @param orgUnit their department or team, if known
 * @param manager their manager, if known
 * @param active {@code false} once they left the company
 */
public record Person(@NotNull @Valid PersonId id, @NotBlank @Size(max = 200) String displayName,
        @Nullable @Email @Size(max = 254) String email, @Nullable @Pattern(regexp = Person.E164) String phone,
        @NotNull Locale locale, @NotNull ZoneId zone, @Nullable @Size(max = 200) String orgUnit,
        @Nullable @Valid PersonId manager, boolean active) {

    /** The phone number rule: E.164, a plus and 8 to 15 digits. */
    public static final String E164 = "\\+[1-9][0-9]{7,14}";

    /**
     * Validates every field; the message names the field and the rule.
     *
     * @param id the person
     * @param displayName the name people read, 1 to 200 characters on a single line (it may appear in a subject), so no
     *         line break, tab or other control character
     * @param email an e-mail address, if known; a single line, as it becomes a header
     * @param phone a phone number in E.164 form ({@code +33612345678}), if known
     * @param locale their language
     * @param zone their time zone
     * @param orgUnit their department or team, if known
     * @param manager their manager, if known
     * @param active {@code false} once they left the company
     */
    public Person {
        Checks.present(id, "id");
        Checks.line(displayName, "displayName", 200);
        if (email != null) {
            Checks.line(email, "email", 254);
            int at = email.indexOf('@');
            if (at < 1 || at != email.lastIndexOf('@') || at == email.length() - 1 || email.strip().contains(" ")) {
                throw new io.elan.mentoring.spi.InvalidValueException("email", "must be an e-mail address",
                        Checks.quote(email));
            }
        }
        if (phone != null && !phone.matches(E164)) {
            throw new io.elan.mentoring.spi.InvalidValueException("phone",
                    "must be in E.164 form, a plus and 8 to 15 digits", Checks.quote(phone));
        }
        Checks.present(locale, "locale");
        Checks.present(zone, "zone");
        if (orgUnit != null) {
            Checks.boundedText(orgUnit, "orgUnit", 200);
        }
        if (id.equals(manager)) {
            throw new InvalidValueException("manager", "must not be the person themself", manager);
        }
    }

    /**
     * @param id the person
     * @param displayName the name
     * @return an active person with no contact details, French, in Europe/Paris; use {@link #toBuilder()} for more
     */
    public static Person of(PersonId id, String displayName) {
        return new Person(id, displayName, null, null, Locale.FRENCH, ZoneId.of("Europe/Paris"), null, null, true);
    }

    /** @return a builder holding this person's values */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds a {@link Person} from another one; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private PersonId id;
        private String displayName;
        private @Nullable String email;
        private @Nullable String phone;
        private Locale locale;
        private ZoneId zone;
        private @Nullable String orgUnit;
        private @Nullable PersonId manager;
        private boolean active;

        private Builder(Person p) {
            id = p.id;
            displayName = p.displayName;
            email = p.email;
            phone = p.phone;
            locale = p.locale;
            zone = p.zone;
            orgUnit = p.orgUnit;
            manager = p.manager;
            active = p.active;
        }

        /**
         * @param value the display name
         * @return this builder
         */
        public Builder displayName(String value) { displayName = value; return this; }

        /**
         * @param value the e-mail address
         * @return this builder
         */
        public Builder email(@Nullable String value) { email = value; return this; }

        /**
         * @param value the E.164 phone number
         * @return this builder
         */
        public Builder phone(@Nullable String value) { phone = value; return this; }

        /**
         * @param value the language
         * @return this builder
         */
        public Builder locale(Locale value) { locale = value; return this; }

        /**
         * @param value the zone
         * @return this builder
         */
        public Builder zone(ZoneId value) { zone = value; return this; }

        /**
         * @param value the department
         * @return this builder
         */
        public Builder orgUnit(@Nullable String value) { orgUnit = value; return this; }

        /**
         * @param value the manager
         * @return this builder
         */
        public Builder manager(@Nullable PersonId value) { manager = value; return this; }

        /**
         * @param value whether still with the company
         * @return this builder
         */
        public Builder active(boolean value) { active = value; return this; }

        /** @return the person */
        public Person build() {
            return new Person(id, displayName, email, phone, locale, zone, orgUnit, manager, active);
        }
    }
}
