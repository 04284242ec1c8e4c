package io.elan.mentoring.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elan.mentoring.core.calendar.Cadence;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.validation.Checks;
import java.io.IOException;
import java.io.Serial;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
 * (type, format, unknown names, names given twice), then the definition's own rules on the properties that could be
 * read. Every violation is named by its JSON path; a value is shown in a message as {@link Violation#shown} shows it,
 * never whole. Thread-safe.
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
        Tree tree = new Tree(parser, context);
        JsonNode root = tree.read("$");
        if (!root.isObject()) {
            throw new InvalidValueException("$", "must be a JSON object",
                    root.getNodeType().toString().toLowerCase(Locale.ROOT));
        }
        Reading reading = new Reading();
        reading.violations.addAll(tree.repeated);
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
        reading.text(root, DefinitionFields.PROGRAM_MANAGER, PersonId::of).ifRead(builder::programManager);
        if (root.hasNonNull(DefinitionFields.FOLLOW_UP)) {
            FollowUpPolicy policy = reading.followUp(root.get(DefinitionFields.FOLLOW_UP));
            if (policy != null) {
                builder.followUp(policy);
            }
        }
        readRhythm(root, builder, reading);
        if (root.hasNonNull(DefinitionFields.MATCHING)) {
            MatchingRules rules = MatchingRulesJson.read(root.get(DefinitionFields.MATCHING),
                    "$." + DefinitionFields.MATCHING, reading.violations);
            reading.readOrFailed(DefinitionFields.MATCHING, rules, builder::matching);
        }
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

    /**
     * A document that is JSON {@code null} is refused like any other document that is not an object. A property of a
     * host's own document that is {@code null} stays {@code null}: the host's own rules say whether it may be.
     */
    @Override
    public @Nullable ProgramDefinition getNullValue(DeserializationContext context) {
        JsonParser parser = context.getParser();
        if (parser == null || parser.getParsingContext().inRoot()) {
            throw new InvalidValueException("$", "must be a JSON object", "null");
        }
        return null;
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

    /**
     * Reads the definition into a tree, token by token, so that a property given twice is reported (a tree read by
     * Jackson keeps the last one silently, whatever the host's mapper is set to) and a value beyond the parser's limits
     * is named by its path.
     */
    private static final class Tree {
        final List<Violation> repeated = new ArrayList<>();
        private final JsonParser parser;
        private final DeserializationContext context;
        private final JsonNodeFactory nodes;
        /** The parser's context of the definition itself; paths are relative to it. */
        private final JsonStreamContext definition;

        Tree(JsonParser parser, DeserializationContext context) {
            this.parser = parser;
            this.context = context;
            this.nodes = context.getNodeFactory();
            this.definition = parser.getParsingContext();
        }

        /** Reads the value at the current token, which {@code path} names. */
        JsonNode read(String path) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
                return object(path, token == JsonToken.START_OBJECT ? next() : token);
            }
            if (token == JsonToken.START_ARRAY) {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken t = next(); t != JsonToken.END_ARRAY; t = next()) {
                    array.add(read(path + "[" + array.size() + "]"));
                }
                return array;
            }
            try {
                return context.readTree(parser);
            } catch (StreamConstraintsException e) {
                throw tooLarge(e);
            }
        }

        private ObjectNode object(String path, JsonToken first) throws IOException {
            ObjectNode object = nodes.objectNode();
            Set<String> reported = new HashSet<>();
            for (JsonToken t = first; t == JsonToken.FIELD_NAME; t = next()) {
                String name = parser.currentName();
                String at = path + "." + Violation.shown(name);
                next();
                JsonNode value = read(at);
                if (!object.has(name)) {
                    object.set(name, value);
                } else if (reported.add(name)) {
                    repeated.add(Violation.of(at, "must be given once, it is given more than once"));
                }
            }
            return object;
        }

        private JsonToken next() throws IOException {
            try {
                return parser.nextToken();
            } catch (StreamConstraintsException e) {
                throw tooLarge(e);
            }
        }

        /**
         * A value beyond the parser's limits (a number of more than 1,000 digits, say), named by where the parser
         * stands: it reads a property's value as it reads the name, before the name is handed over.
         */
        private InvalidValueException tooLarge(StreamConstraintsException e) {
            Deque<String> steps = new ArrayDeque<>();
            for (JsonStreamContext at = parser.getParsingContext(); at != null; at = at.getParent()) {
                if (at.inObject() && at.getCurrentName() != null) {
                    steps.addFirst("." + Violation.shown(at.getCurrentName()));
                } else if (at.inArray()) {
                    steps.addFirst("[" + at.getCurrentIndex() + "]");
                }
                if (at == definition) {
                    break;
                }
            }
            return new InvalidValueException("$" + String.join("", steps),
                    "must stay within what the JSON reader accepts", e.getOriginalMessage());
        }
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
                e.violations().forEach(v -> fail(name, Violation.of(path, v.rule(), node.toString())));
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
                fail(name, notWhole("$." + name, node));
            }
            return new Value<>(value);
        }

        /** A number too large for the field is named as such, not as something that is no number at all. */
        private static Violation notWhole(String path, JsonNode node) {
            return node.isIntegralNumber()
                    ? Violation.of(path, "must be a whole number from " + Integer.MIN_VALUE + " to "
                            + Integer.MAX_VALUE, node.toString())
                    : Violation.of(path, "must be a whole number", node.toString());
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
                    violations.add(Violation.of(path + "." + Violation.shown(name),
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
                violations.add(notWhole(path, element.get(name)));
            }
            return value;
        }
    }
}
