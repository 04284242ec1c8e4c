package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One program week: how the pairs stood at its end and how many of them were in touch during it.
 *
 * @param week the program week, from 0
 * @param firstDay its first day
 * @param quiet whether it is a holiday or closure week, which engagement detection does not read as silence
 * @param pairsByLevel how many pairs stood at each level at the end of the week, every level present
 * @param pairsMet how many pairs reported a meeting that week
 * @param pairsInTouch how many pairs reported a meeting or a message that week
 */
public record WeekRecord(int week, LocalDate firstDay, boolean quiet, Map<EngagementLevel, Integer> pairsByLevel,
        int pairsMet, int pairsInTouch) {
    /**
     * Validates every field and copies the counts.
     *
     * @param week the program week, from 0
     * @param firstDay its first day
     * @param quiet whether it is a holiday or closure week, which engagement detection does not read as silence
     * @param pairsByLevel how many pairs stood at each level at the end of the week, every level present
     * @param pairsMet how many pairs reported a meeting that week
     * @param pairsInTouch how many pairs reported a meeting or a message that week
     */
    public WeekRecord {
        Checks.notNegative(week, "week");
        Checks.present(firstDay, "firstDay");
        Checks.present(pairsByLevel, "pairsByLevel");
        EnumMap<EngagementLevel, Integer> counts = new EnumMap<>(EngagementLevel.class);
        for (EngagementLevel level : EngagementLevel.values()) {
            Integer count = pairsByLevel.get(level);
            if (count == null || count < 0) {
                throw new InvalidValueException("pairsByLevel[" + level + "]", "must be a count of zero or more",
                        count);
            }
            counts.put(level, count);
        }
        pairsByLevel = Map.copyOf(counts);
        Checks.notNegative(pairsMet, "pairsMet");
        if (pairsInTouch < pairsMet) {
            throw new InvalidValueException("pairsInTouch", "must count at least the pairs that met (" + pairsMet
                    + ")", pairsInTouch);
        }
    }

    /** @return how many pairs were assessed that week */
    public int pairs() {
        return pairsByLevel.values().stream().mapToInt(Integer::intValue).sum();
    }
}
