package io.elan.mentoring.core.calendar.internal;

import io.elan.mentoring.scheduling.FormatNames;
import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.scheduling.ProgramCalendar;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cadence's stored touchpoints back as planned ones. A stored touchpoint keeps its id, format, theme in the
 * program's language, times, mode and audience; the rest comes from the cadence. When planning the definition as it
 * stands gives the same touchpoint, that one is taken, with its reasons; otherwise the touchpoint is rebuilt from its
 * ritual, with its theme in both languages when the ritual still has it. Immutable.
 */
final class StoredRituals {
    private static final Pattern OCCURRENCE = Pattern.compile("-[0-9]{2,}");

    private final CalendarInputs inputs;
    private final ProgramCalendar planned;

    /**
     * @param inputs the definition's inputs
     * @param planned the calendar the definition gives when planned from scratch
     */
    StoredRituals(CalendarInputs inputs, ProgramCalendar planned) {
        this.inputs = inputs;
        this.planned = planned;
    }

    /**
     * @param stored a stored touchpoint of the cadence
     * @return it as a planned touchpoint, its SEQUENCE its version minus one
     */
    PlannedTouchpoint read(Touchpoint stored) {
        ZoneId zone = inputs.window().zone();
        Locale locale = inputs.locale();
        int sequence = (int) Math.max(0, stored.version() - 1);
        Optional<PlannedTouchpoint> same = planned.find(stored.id().value()).filter(p -> sameAs(p, stored, locale));
        if (same.isPresent()) {
            return same.get().withSequence(sequence);
        }
        String key = stored.id().value();
        RitualRule rule = ruleOf(key);
        boolean filler = rule == null && key.startsWith("gap-");
        String ruleId = rule != null ? rule.id() : filler ? PlannedTouchpoint.GAP_FILLER : key;
        LocalizedText title = rule != null && rule.formats().size() == 1 ? rule.name()
                : FormatNames.of(stored.format());
        List<LocalizedText> candidates = new ArrayList<>();
        if (rule != null) {
            candidates.addAll(rule.themes());
            candidates.add(rule.name());
        } else if (filler) {
            candidates.addAll(inputs.plan().fillerThemes());
        }
        LocalizedText theme = candidates.stream().filter(t -> themeAsStored(t, locale).equals(stored.theme()))
                .findFirst().orElse(LocalizedText.of(stored.theme(), stored.theme()));
        ZonedDateTime start = stored.start().atZone(zone);
        return new PlannedTouchpoint(key, ruleId, title, stored.format(), stored.audience(), stored.mode(), theme,
                start, stored.end().atZone(zone), rule != null ? rule.segments() : List.of(), List.of(), sequence);
    }

    /** The ritual a key belongs to: the one it names exactly, else the one it numbers an occurrence of. */
    private @Nullable RitualRule ruleOf(String key) {
        for (RitualRule rule : inputs.plan().rituals()) {
            if (key.equals(rule.id())) {
                return rule;
            }
        }
        for (RitualRule rule : inputs.plan().rituals()) {
            if (key.startsWith(rule.id()) && OCCURRENCE.matcher(key.substring(rule.id().length())).matches()) {
                return rule;
            }
        }
        return null;
    }

    private static boolean sameAs(PlannedTouchpoint planned, Touchpoint stored, Locale locale) {
        return planned.start().toInstant().equals(stored.start()) && planned.end().toInstant().equals(stored.end())
                && planned.format() == stored.format() && planned.audience() == stored.audience()
                && planned.mode() == stored.mode() && themeAsStored(planned.theme(), locale).equals(stored.theme());
    }

    /** The theme as {@link PlannedTouchpoint#toTouchpoint} stores it: in one language, cut to the longest kept. */
    private static String themeAsStored(LocalizedText theme, Locale locale) {
        String text = theme.in(locale);
        return text.length() > Touchpoint.MAX_THEME_LENGTH
                ? text.substring(0, Touchpoint.MAX_THEME_LENGTH - 1).strip() + "…" : text;
    }
}
