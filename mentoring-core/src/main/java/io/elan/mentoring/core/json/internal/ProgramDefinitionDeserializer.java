package io.elan.mentoring.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.elan.mentoring.core.calendar.Cadence;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.validation.Checks;
import java.io.IOException;
import java.io.Serial;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@link ProgramDefinition}, collecting every problem before failing: first the shape of each property
 * (type, format, unknown names), then the definition's own rules on the properties that could be read. Every
 * violation is named by its JSON path. Thread-safe.
 */
public final class ProgramDefinitionDeserializer extends StdDeserializer<ProgramDefinition> {
    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer. */
    public ProgramDefinitionDeserializer() {
        super(ProgramDefinition.class);
    }

    @Override
    public ProgramDefinition deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode root = context.readTree(parser);
        if (root == null || !root.isObject()) {
            throw new InvalidValueException("$", "must be a JSON object",
                    root == null ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        Reading reading = new Reading();
        reading.unknownProperties(root, "$", DefinitionFields.DEFINITION);
        ProgramDefinition.Builder builder = ProgramDefinition.builder();
        reading.text(root, DefinitionFields.ID, ProgramId::of).ifRead(builder::id);
        reading.text(root, DefinitionFields.NAME, text -> text).ifRead(builder::name);
        reading.text(root, DefinitionFields.KICK_OFF, Reading::date).ifRead(builder::kickOff);
        reading.text(root, DefinitionFields.CLOSING, Reading::date).ifRead(builder::closing);
        reading.whole(root, DefinitionFields.DURATION_MONTHS).ifRead(builder::durationMonths);
        reading.text(root, DefinitionFields.ZONE, Reading::zone).ifRead(builder::zone);
        reading.text(root, DefinitionFields.LOCALE, Reading::locale).ifRead(builder::locale);
        reading.whole(root, DefinitionFields.MENTOR_CAPACITY).ifRead(builder::mentorCapacity);
        reading.whole(root, DefinitionFields.HOTLINE_RESPONSE).ifRead(builder::hotlineResponseWorkingDays);
        if (root.hasNonNull(DefinitionFields.FOLLOW_UP)) {
            FollowUpPolicy policy = reading.followUp(root.get(DefinitionFields.FOLLOW_UP));
            if (policy != null) {
                builder.followUp(policy);
            }
        }
        readRhythm(root, builder, reading);
        try {
            ProgramDefinition definition = builder.build();
            if (reading.violations.isEmpty()) {
                return definition;
            }
        } catch (InvalidValueException e) {
            for (Violation v : e.violations()) {
                if (!reading.failed.contains(rootProperty(v.field()))) {
                    reading.violations.add(at("$." + v.field(), v));
                }
            }
        }
        throw new InvalidValueException(reading.violations);
    }

    /** The cadence, company calendar and questionnaire waves, read by {@link CalendarJson}. */
    private static void readRhythm(JsonNode root, ProgramDefinition.Builder builder, Reading reading) {
        CalendarJson json = new CalendarJson(reading.violations);
        if (root.hasNonNull(CalendarJson.CADENCE)) {
            Cadence cadence = json.cadence(root.get(CalendarJson.CADENCE), "$." + CalendarJson.CADENCE);
            reading.readOrFailed(CalendarJson.CADENCE, cadence, builder::cadence);
        }
        if (root.hasNonNull(CalendarJson.COMPANY_CALENDAR)) {
            CompanyCalendarDefinition calendar = json.companyCalendar(root.get(CalendarJson.COMPANY_CALENDAR),
                    "$." + CalendarJson.COMPANY_CALENDAR);
            reading.readOrFailed(CalendarJson.COMPANY_CALENDAR, calendar, builder::companyCalendar);
        }
        if (root.hasNonNull(CalendarJson.QUESTIONNAIRES)) {
            List<QuestionnaireWave> waves = json.questionnaires(root.get(CalendarJson.QUESTIONNAIRES),
                    "$." + CalendarJson.QUESTIONNAIRES);
            reading.readOrFailed(CalendarJson.QUESTIONNAIRES, waves, builder::questionnaires);
        }
    }

    private static String rootProperty(String field) {
        int end = 0;
        while (end < field.length() && Character.isLetterOrDigit(field.charAt(end))) {
            end++;
        }
        return field.substring(0, end);
    }

    /** The violation moved to a JSON path, keeping its rule and what it said about the rejected value. */
    private static Violation at(String path, Violation violation) {
        String message = violation.message();
        String tail = message.startsWith(violation.field()) ? message.substring(violation.field().length())
                : ": " + violation.rule();
        return new Violation(path, violation.rule(), path + tail);
    }

    /** What one read found so far: the violations, and the properties that could not be read. */
    private static final class Reading {
        final List<Violation> violations = new ArrayList<>();
        final Set<String> failed = new HashSet<>();

        /** A property value: read, absent, or invalid (reported already). */
        record Value<T>(@Nullable T value) {
            void ifRead(Consumer<T> sink) {
                if (value != null) {
                    sink.accept(value);
                }
            }
        }

        interface Parse<T> {
            T apply(String text);
        }

        <T> Value<T> text(JsonNode object, String name, Parse<T> parse) {
            JsonNode node = object.get(name);
            String path = "$." + name;
            if (node == null || node.isNull()) {
                return new Value<>(null);
            }
            if (!node.isTextual()) {
                fail(name, Violation.of(path, "must be a string", node.toString()));
                return new Value<>(null);
            }
            try {
                return new Value<>(parse.apply(node.textValue()));
            } catch (InvalidValueException e) {
                e.violations().forEach(v -> fail(name, new Violation(path, v.rule(),
                        path + ": " + v.rule() + " (was " + node + ")")));
            } catch (DateTimeException | IllformedLocaleException e) {
                fail(name, Violation.of(path, ruleFor(name), node.toString()));
            }
            return new Value<>(null);
        }

        Value<Integer> whole(JsonNode object, String name) {
            JsonNode node = object.get(name);
            if (node == null || node.isNull()) {
                return new Value<>(null);
            }
            Integer value = whole(node);
            if (value == null) {
                fail(name, Violation.of("$." + name, "must be a whole number", node.toString()));
            }
            return new Value<>(value);
        }

        <T> void readOrFailed(String property, @Nullable T value, Consumer<T> sink) {
            if (value == null) {
                failed.add(property);
            } else {
                sink.accept(value);
            }
        }

        private void fail(String property, Violation violation) {
            failed.add(property);
            violations.add(violation);
        }

        static @Nullable Integer whole(JsonNode node) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
        }

        static LocalDate date(String text) {
            return LocalDate.parse(text);
        }

        static ZoneId zone(String text) {
            return Checks.zone(text, DefinitionFields.ZONE);
        }

        static Locale locale(String text) {
            return new Locale.Builder().setLanguageTag(text).build();
        }

        private static String ruleFor(String property) {
            return switch (property) {
                case DefinitionFields.LOCALE -> "must be a BCP 47 language tag such as fr-FR";
                default -> "must be a date in the form yyyy-MM-dd";
            };
        }

        void unknownProperties(JsonNode object, String path, List<String> known) {
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    violations.add(Violation.of(path + "." + name,
                            "is not a known property (known: " + String.join(", ", known) + ")"));
                }
            }
        }

        @Nullable FollowUpPolicy followUp(JsonNode node) {
            String path = "$." + DefinitionFields.FOLLOW_UP;
            if (!node.isArray()) {
                fail(DefinitionFields.FOLLOW_UP, Violation.of(path, "must be an array of windows", node.toString()));
                return null;
            }
            int before = violations.size();
            List<FollowUpWindow> windows = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                JsonNode element = node.get(i);
                if (!element.isObject()) {
                    violations.add(Violation.of(at, "must be an object with afterMonths and windowDays",
                            element.toString()));
                    continue;
                }
                unknownProperties(element, at, DefinitionFields.WINDOW);
                Integer after = requiredWhole(element, DefinitionFields.AFTER_MONTHS, at);
                Integer days = requiredWhole(element, DefinitionFields.WINDOW_DAYS, at);
                if (after != null && days != null) {
                    try {
                        windows.add(new FollowUpWindow(after, days));
                    } catch (InvalidValueException e) {
                        e.violations().forEach(v -> violations.add(ProgramDefinitionDeserializer.at(
                                at + "." + v.field(), v)));
                    }
                }
            }
            if (violations.size() == before) {
                try {
                    return new FollowUpPolicy(windows);
                } catch (InvalidValueException e) {
                    e.violations().forEach(v -> violations.add(ProgramDefinitionDeserializer.at(
                            path + v.field().substring("windows".length()), v)));
                }
            }
            failed.add(DefinitionFields.FOLLOW_UP);
            return null;
        }

        private @Nullable Integer requiredWhole(JsonNode element, String name, String at) {
            String path = at + "." + name;
            if (!element.hasNonNull(name)) {
                violations.add(Violation.of(path, "is required"));
                return null;
            }
            Integer value = whole(element.get(name));
            if (value == null) {
                violations.add(Violation.of(path, "must be a whole number", element.get(name).toString()));
            }
            return value;
        }
    }
}
