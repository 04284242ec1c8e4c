package io.elan.mentoring.core.communication.monthly;

import io.elan.mentoring.core.communication.internal.LocaleChain;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The program team's contribution to one community for one month (apport mensuel): what the team writes, in one or
 * more languages, whom it recognises, and where members can share in turn. Élan adds the invitation to share.
 * Immutable and thread-safe.
 *
 * @param program the program
 * @param month the month it is for; one monthly message per community and month
 * @param community the mentors or the mentees
 * @param versions the team's words by language; each leaves room for the spotlight paragraphs and the invitation
 *     within a message's 20 paragraphs
 * @param spotlight the contributors recognised this month, at most {@value #MAX_SPOTLIGHT}
 * @param shareAt where members post in turn (the community space), if anywhere; an http(s) address
 */
public record MonthlyContribution(@NotNull ProgramId program, @NotNull YearMonth month, @NotNull Role community,
        @NotEmpty Map<Locale, MessageContent> versions,
        @NotNull @Size(max = MonthlyContribution.MAX_SPOTLIGHT) List<@Valid Spotlight> spotlight,
        @Nullable URI shareAt) {

    /** Most contributors recognised in one message. */
    public static final int MAX_SPOTLIGHT = 5;

    private static final int MAX_PARAGRAPHS = 20;

    /**
     * Validates every field, listing every violation.
     *
     * @param program the program
     * @param month the month it is for; one monthly message per community and month
     * @param community the mentors or the mentees
     * @param versions the team's words by language; each leaves room for the spotlight paragraphs and the invitation
     *         within a message's 20 paragraphs
     * @param spotlight the contributors recognised this month, at most {@value #MAX_SPOTLIGHT}
     * @param shareAt where members post in turn (the community space), if anywhere; an http(s) address
     */
    public MonthlyContribution {
        List<Violation> violations = new ArrayList<>();
        if (program == null) {
            violations.add(Violation.of("program", "is required"));
        }
        if (month == null) {
            violations.add(Violation.of("month", "is required"));
        }
        if (community == null) {
            violations.add(Violation.of("community", "is required"));
        }
        if (spotlight == null) {
            violations.add(Violation.of("spotlight", "is required"));
        } else if (spotlight.size() > MAX_SPOTLIGHT) {
            violations.add(Violation.of("spotlight", "must recognise at most " + MAX_SPOTLIGHT + " contributors",
                    spotlight.size()));
        }
        int room = MAX_PARAGRAPHS - 1 - (spotlight == null ? 0 : spotlight.size());
        if (versions == null || versions.isEmpty()) {
            violations.add(Violation.of("versions", "must hold at least one language"));
        } else {
            for (Map.Entry<Locale, MessageContent> version : versions.entrySet()) {
                if (version.getKey() == null || LocaleChain.forms(version.getKey()).isEmpty()) {
                    violations.add(Violation.of("versions", "must be keyed by locales that name a language"));
                } else if (version.getValue() == null) {
                    violations.add(Violation.of("versions[" + version.getKey() + "]", "is required"));
                } else if (version.getValue().paragraphs().size() > room) {
                    violations.add(Violation.of("versions[" + version.getKey() + "].paragraphs",
                            "must be at most " + room + " to leave room for the spotlight and the invitation",
                            version.getValue().paragraphs().size()));
                }
            }
        }
        if (shareAt != null) {
            String scheme = shareAt.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    || shareAt.getHost() == null) {
                violations.add(Violation.of("shareAt", "must be an absolute http or https link",
                        "\"" + shareAt + "\""));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        versions = Map.copyOf(versions);
        spotlight = List.copyOf(spotlight);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link MonthlyContribution}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable ProgramId program;
        private @Nullable YearMonth month;
        private @Nullable Role community;
        private final Map<Locale, MessageContent> versions = new HashMap<>();
        private final List<Spotlight> spotlight = new ArrayList<>();
        private @Nullable String shareAt;

        private Builder() {}

        /**
         * @param value the program
         * @return this builder
         */
        public Builder program(ProgramId value) { program = value; return this; }

        /**
         * @param value the month
         * @return this builder
         */
        public Builder month(YearMonth value) { month = value; return this; }

        /**
         * @param value the community
         * @return this builder
         */
        public Builder community(Role value) { community = value; return this; }

        /**
         * @param locale the language it is written in
         * @param content the team's words in that language
         * @return this builder
         */
        public Builder version(Locale locale, MessageContent content) { versions.put(locale, content); return this; }

        /**
         * @param who the contributors
         * @param what what they shared
         * @return this builder
         */
        public Builder spotlight(String who, String what) { spotlight.add(new Spotlight(who, what)); return this; }

        /**
         * @param url where members post in turn, an http(s) address
         * @return this builder
         */
        public Builder shareAt(String url) { shareAt = url; return this; }

        /**
         * @return the contribution
         * @throws InvalidValueException listing every violation
         */
        public MonthlyContribution build() {
            URI share = null;
            if (shareAt != null) {
                try {
                    share = new URI(shareAt);
                } catch (URISyntaxException e) {
                    throw new InvalidValueException("shareAt", "must be a valid address", "\"" + shareAt + "\"");
                }
            }
            return new MonthlyContribution(program, month, community, versions, spotlight, share);
        }
    }
}
