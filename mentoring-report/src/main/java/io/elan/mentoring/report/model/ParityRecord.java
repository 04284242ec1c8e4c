package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.time.YearMonth;

/**
 * Whether one month's message reached its whole community: everyone should know what the others know, late joiners
 * included, who get what they missed in a catch-up digest.
 *
 * @param month the month of the message
 * @param community the community it was for
 * @param members the members of the community the engine counts in its audience, late joiners included
 * @param delivered how many of them it reached
 * @param viaCatchUp how many of those it reached in a catch-up digest, because they joined after it left
 */
public record ParityRecord(YearMonth month, Role community, int members, int delivered, int viaCatchUp) {
    /**
     * Validates every field.
     *
     * @param month the month of the message
     * @param community the community it was for
     * @param members the members of the community the engine counts in its audience, late joiners included
     * @param delivered how many of them it reached
     * @param viaCatchUp how many of those it reached in a catch-up digest, because they joined after it left
     */
    public ParityRecord {
        Checks.present(month, "month");
        Checks.present(community, "community");
        if (members < 0) {
            throw new InvalidValueException("members", "must be at least 0", members);
        }
        if (delivered < 0 || delivered > members) {
            throw new InvalidValueException("delivered", "must be between 0 and members (" + members + ")",
                    delivered);
        }
        if (viaCatchUp < 0 || viaCatchUp > delivered) {
            throw new InvalidValueException("viaCatchUp", "must be between 0 and delivered (" + delivered + ")",
                    viaCatchUp);
        }
    }
}
