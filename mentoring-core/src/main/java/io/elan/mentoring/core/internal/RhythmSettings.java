package io.elan.mentoring.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.elan.mentoring.core.calendar.Cadence;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.core.json.internal.CalendarJson;
import io.elan.mentoring.core.json.internal.MatchingRulesJson;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a definition's cadence, company calendar, questionnaire waves and matching rules are kept in a program's
 * settings: each as its
 * JSON form, cut into parts of at most {@value #PART_LENGTH} characters (the most a setting holds) under the keys
 * {@code elan.definition.cadence}, {@code elan.definition.cadence.1}, and so on. A program stored before these parts
 * existed reads as the defaults: the ten-month preset, a French company calendar, the mid-point questionnaire and the
 * default matching rules.
 */
final class RhythmSettings {

    /** The cadence: a preset's name, or the rituals. */
    static final String CADENCE = "elan.definition.cadence";
    /** The company calendar. */
    static final String COMPANY_CALENDAR = "elan.definition.companyCalendar";
    /** The questionnaire waves. */
    static final String QUESTIONNAIRES = "elan.definition.questionnaires";
    /** The matching rules. */
    static final String MATCHING = "elan.definition.matching";

    private static final int PART_LENGTH = 4000;
    /** Settings are few (64 per program); the cadence may take this many, the other parts far fewer. */
    private static final int MAX_PARTS = 12;
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * What each stored text reads as. Definitions are read back far more often than they change, and a part is an
     * immutable value of its text alone, so the reading is kept; a few hundred distinct texts cover a large tenant.
     */
    private static final Cache<String, Object> READ = Caffeine.newBuilder().maximumSize(1_000).build();

    private RhythmSettings() {}

    /**
     * @param settings a program's settings, changed in place
     * @param definition the definition whose rhythm they keep
     * @throws InvalidValueException naming {@code cadence} when its rituals are too long to keep
     */
    static void write(Map<String, String> settings, ProgramDefinition definition) {
        put(settings, CADENCE, CalendarJson.write(definition.cadence()), "cadence");
        put(settings, COMPANY_CALENDAR, CalendarJson.write(definition.companyCalendar()), "companyCalendar");
        put(settings, QUESTIONNAIRES, CalendarJson.write(definition.questionnaires()), "questionnaires");
        put(settings, MATCHING, MatchingRulesJson.write(definition.matching()), "matching");
    }

    /**
     * @param settings a program's settings
     * @param definition a builder holding the rest of the definition, given the rhythm kept in the settings
     */
    static void read(Map<String, String> settings, ProgramDefinition.Builder definition) {
        Cadence cadence = read(settings, CADENCE, (v, node, path) -> new CalendarJson(v).cadence(node, path));
        if (cadence != null) {
            definition.cadence(cadence);
        }
        CompanyCalendarDefinition calendar = read(settings, COMPANY_CALENDAR,
                (v, node, path) -> new CalendarJson(v).companyCalendar(node, path));
        if (calendar != null) {
            definition.companyCalendar(calendar);
        }
        List<QuestionnaireWave> waves = read(settings, QUESTIONNAIRES,
                (v, node, path) -> new CalendarJson(v).questionnaires(node, path));
        if (waves != null) {
            definition.questionnaires(waves);
        }
        MatchingRules matching = read(settings, MATCHING,
                (v, node, path) -> MatchingRulesJson.read(node, path, v));
        if (matching != null) {
            definition.matching(matching);
        }
    }

    /**
     * @param settings a program's settings
     * @return the company calendar its definition keeps, or {@code null} for a program stored without one
     */
    static @Nullable CompanyCalendarDefinition companyCalendar(Map<String, String> settings) {
        return read(settings, COMPANY_CALENDAR, (v, node, path) -> new CalendarJson(v).companyCalendar(node, path));
    }

    private static void put(Map<String, String> settings, String key, JsonNode value, String field) {
        settings.keySet().removeIf(k -> k.equals(key) || k.startsWith(key + "."));
        String text = value.isTextual() ? value.textValue() : value.toString();
        int parts = (text.length() + PART_LENGTH - 1) / PART_LENGTH;
        if (parts > MAX_PARTS) {
            throw new InvalidValueException(field, "must take at most " + MAX_PARTS * PART_LENGTH
                    + " characters once written as JSON, to be kept with the program", text.length() + " characters");
        }
        for (int part = 0; part < parts; part++) {
            String chunk = text.substring(part * PART_LENGTH, Math.min(text.length(), (part + 1) * PART_LENGTH));
            settings.put(part == 0 ? key : key + "." + part, chunk);
        }
    }

    private interface Part<T> {
        @Nullable T read(List<Violation> violations, JsonNode node, String path);
    }

    private static <T> @Nullable T read(Map<String, String> settings, String key, Part<T> part) {
        String first = settings.get(key);
        if (first == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(first);
        for (int i = 1; settings.containsKey(key + "." + i); i++) {
            text.append(settings.get(key + "." + i));
        }
        @SuppressWarnings("unchecked")
        T value = (T) READ.get(key + "\n" + text, ignored -> parse(key, text.toString(), part));
        return value;
    }

    private static <T> T parse(String key, String text, Part<T> part) {
        JsonNode node;
        if (CADENCE.equals(key) && !text.startsWith("{")) {
            node = JSON.getNodeFactory().textNode(text);
        } else {
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new InvalidValueException("settings[" + key + "]", "must hold the JSON the engine wrote",
                        e.getOriginalMessage());
            }
        }
        List<Violation> violations = new ArrayList<>();
        T value = part.read(violations, node, "settings[" + key + "]");
        if (value == null || !violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return value;
    }
}
