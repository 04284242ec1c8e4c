package io.elan.mentoring.spi.broadcast;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.Audience;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One message for a whole audience: every active member receives it, in their language when the team wrote it in
 * that language. Immutable and thread-safe.
 *
 * @param id the broadcast, unique in its program; publishing the same id again sends nothing new
 * @param program the program
 * @param audience the communities it is for
 * @param kind the message kind participants may opt out of, such as {@code "announcement"}; 1 to 64 characters
 * @param versions what it says, by the language it is written in; at least one
 */
public record Broadcast(@NotNull BroadcastId id, @NotNull ProgramId program, @NotNull Audience audience,
        @NotBlank @Size(max = 64) String kind, @NotEmpty Map<Locale, MessageContent> versions) {

    /**
     * Validates every field, listing every violation.
     *
     * @param id the broadcast, unique in its program; publishing the same id again sends nothing new
     * @param program the program
     * @param audience the communities it is for
     * @param kind the message kind participants may opt out of, such as {@code "announcement"}; 1 to 64 characters
     * @param versions what it says, by the language it is written in; at least one
     */
    public Broadcast {
        List<Violation> violations = new ArrayList<>();
        if (id == null) {
            violations.add(Violation.of("id", "is required"));
        }
        if (program == null) {
            violations.add(Violation.of("program", "is required"));
        }
        if (audience == null) {
            violations.add(Violation.of("audience", "is required"));
        }
        if (kind == null) {
            violations.add(Violation.of("kind", "is required"));
        } else if (kind.isBlank() || kind.length() > 64 || !kind.equals(kind.strip())
                || kind.chars().anyMatch(Character::isISOControl)) {
            violations.add(Violation.of("kind", "must be 1 to 64 characters, without control characters or blanks"
                    + " at either end", Checks.quote(kind)));
        } else {
            collect(violations, () -> Checks.storableText(kind, "kind"));
        }
        if (versions == null || versions.isEmpty()) {
            violations.add(Violation.of("versions", "must hold at least one language"));
        } else {
            for (Map.Entry<Locale, MessageContent> version : versions.entrySet()) {
                if (version.getKey() == null || version.getKey().getLanguage().isEmpty()) {
                    violations.add(Violation.of("versions", "must be keyed by locales that name a language"));
                } else if (collect(violations, () -> Checks.locale(version.getKey(), "versions"))
                        && version.getValue() == null) {
                    violations.add(Violation.of("versions[" + version.getKey() + "]", "is required"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        versions = Map.copyOf(versions);
    }

    /** Runs one check, adding what it refused to the violations; whether it passed. */
    private static boolean collect(List<Violation> violations, Runnable check) {
        try {
            check.run();
            return true;
        } catch (InvalidValueException e) {
            violations.addAll(e.violations());
            return false;
        }
    }
}
