package io.elan.mentoring.core.json.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.elan.mentoring.core.calendar.Cadence;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.scheduling.Anchor;
import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.Placement;
import io.elan.mentoring.scheduling.Recurrence;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.AgendaPart;
import io.elan.mentoring.scheduling.ShiftPolicy;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of a definition's rhythm: {@code cadence} (the name of a preset, or rituals), {@code companyCalendar}
 * and {@code questionnaires}. Reading collects every problem, each named by its JSON path, and returns null for a
 * part that cannot be read; writing gives what reading reads back into an equal value. The same form keeps these parts
 * in a program's settings. Stateless and thread-safe.
 */
public final class CalendarJson {
    static final String CADENCE = "cadence";
    static final String COMPANY_CALENDAR = "companyCalendar";
    static final String QUESTIONNAIRES = "questionnaires";

    private static final List<String> PLAN = List.of("rituals", "fillerFormats", "fillerThemes", "fillerStartTime");
    private static final List<String> RITUAL = List.of("id", "name", "format", "formats", "duration", "audience",
            "mode", "themes", "recurrence", "from", "until", "placements", "startTime", "shiftPolicy", "segments");
    private static final List<String> SEGMENT = List.of("title", "audience", "offset", "length");
    private static final List<String> CALENDAR = List.of("holidays", "workingDays", "workingHours", "blackouts");
    private static final List<String> HOURS = List.of("start", "end");
    private static final List<String> BLACKOUT = List.of("first", "last", "label");
    private static final List<String> WAVE = List.of("questionnaire", "ritual", "opensDaysBefore",
            "closesDaysBefore");
    private static final Pattern PLACEMENT = Pattern.compile("(KICK_OFF|MID_POINT|CLOSING)(?:([+-])(P\\S+))?");
    private static final String PLACEMENT_RULE = "must be KICK_OFF, MID_POINT or CLOSING, optionally followed by + or "
            + "- and an ISO-8601 period, such as CLOSING-P1M or KICK_OFF+P21D";
    private static final String DURATION_RULE = "must be an ISO-8601 duration such as PT45M";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<Violation> violations;

    /** @param violations where every problem found is added */
    public CalendarJson(List<Violation> violations) {
        this.violations = violations;
    }

    // ---------------------------------------------------------------------------------------------------- reading

    /**
     * @param node the value of {@code cadence}
     * @param path its JSON path
     * @return the cadence, or null when it could not be read (the violations say why)
     */
    public @Nullable Cadence cadence(JsonNode node, String path) {
        if (node.isTextual()) {
            try {
                return Cadence.preset(node.textValue());
            } catch (InvalidValueException e) {
                violations.add(Violation.of(path, "must name the preset " + Cadence.TEN_MONTHS
                        + " or be an object with rituals", node.toString()));
                return null;
            }
        }
        if (!isObject(node, path, "must be the name of a preset or an object with rituals")) {
            return null;
        }
        int before = violations.size();
        unknown(node, path, PLAN);
        CadencePlan.Builder plan = CadencePlan.builder();
        List<RitualRule> read = new ArrayList<>();
        JsonNode rituals = node.get("rituals");
        if (rituals == null || rituals.isNull()) {
            violations.add(Violation.of(path + ".rituals", "is required"));
        } else if (isArray(rituals, path + ".rituals", "must be an array of rituals")) {
            for (int i = 0; i < rituals.size(); i++) {
                RitualRule rule = ritual(rituals.get(i), path + ".rituals[" + i + "]");
                if (rule != null) {
                    read.add(rule);
                    plan.ritual(rule);
                }
            }
        }
        List<Format> fillers = list(node, "fillerFormats", path, enumValue(Format.class));
        if (fillers != null) {
            plan.fillerFormats(fillers.toArray(Format[]::new));
        }
        List<LocalizedText> themes = list(node, "fillerThemes", path, this::localized);
        if (themes != null) {
            plan.fillerThemes(themes.toArray(LocalizedText[]::new));
        }
        LocalTime start = text(node, "fillerStartTime", path, LocalTime::parse, "must be a time such as 12:30");
        if (start != null) {
            plan.fillerStartTime(start);
        }
        Set<String> failed = failedSince(before, path);
        CadencePlan built;
        try {
            built = plan.build();
        } catch (InvalidValueException e) {
            e.violations().stream().filter(v -> !failed.contains(root(v.field())))
                    .forEach(v -> violations.add(moved(path + "." + byIndex(v.field(), read), v)));
            return null;
        }
        if (!failed.isEmpty()) {
            return null;
        }
        try {
            return Cadence.of(built);
        } catch (InvalidValueException e) {
            e.violations().forEach(v -> violations.add(moved(path + "." + byIndex(v.field(), read), v)));
            return null;
        }
    }

    /**
     * @param node the value of {@code companyCalendar}
     * @param path its JSON path
     * @return the company calendar, or null when it could not be read
     */
    public @Nullable CompanyCalendarDefinition companyCalendar(JsonNode node, String path) {
        if (!isObject(node, path, "must be an object with holidays, workingDays, workingHours and blackouts")) {
            return null;
        }
        int before = violations.size();
        unknown(node, path, CALENDAR);
        CompanyCalendarDefinition.Builder calendar = CompanyCalendarDefinition.builder();
        String holidays = text(node, "holidays", path, Function.identity(), "");
        if (holidays != null) {
            calendar.holidays(holidays);
        }
        List<DayOfWeek> days = list(node, "workingDays", path, enumValue(DayOfWeek.class));
        if (days != null) {
            calendar.workingDays(days);
        }
        JsonNode hours = node.get("workingHours");
        if (hours != null && !hours.isNull()) {
            String at = path + ".workingHours";
            if (isObject(hours, at, "must be an object with start and end, such as {\"start\": \"09:00\", "
                    + "\"end\": \"18:00\"}")) {
                unknown(hours, at, HOURS);
                LocalTime start = required(hours, "start", at, LocalTime::parse, "must be a time such as 09:00");
                LocalTime end = required(hours, "end", at, LocalTime::parse, "must be a time such as 18:00");
                if (start != null && end != null) {
                    calendar.workingHours(start, end);
                }
            }
        }
        List<Blackout> blackouts = list(node, "blackouts", path, this::blackout);
        if (blackouts != null) {
            calendar.blackouts(blackouts);
        }
        Set<String> failed = failedSince(before, path);
        try {
            CompanyCalendarDefinition read = calendar.build();
            return failed.isEmpty() ? read : null;
        } catch (InvalidValueException e) {
            e.violations().stream().filter(v -> !failed.contains(root(v.field())))
                    .forEach(v -> violations.add(moved(path + "." + v.field(), v)));
            return null;
        }
    }

    /** The properties of the object at {@code path} that got a violation since the first {@code before} ones. */
    private Set<String> failedSince(int before, String path) {
        Set<String> failed = new HashSet<>();
        for (Violation violation : violations.subList(before, violations.size())) {
            if (violation.field().startsWith(path + ".")) {
                failed.add(root(violation.field().substring(path.length() + 1)));
            }
        }
        return failed;
    }

    /** The first property a field names: {@code rituals} for {@code rituals[2].format}. */
    private static String root(String field) {
        int end = 0;
        while (end < field.length() && Character.isLetterOrDigit(field.charAt(end))) {
            end++;
        }
        return field.substring(0, end);
    }

    /**
     * @param node the value of {@code questionnaires}
     * @param path its JSON path
     * @return the waves, or null when they could not be read
     */
    public @Nullable List<QuestionnaireWave> questionnaires(JsonNode node, String path) {
        if (!isArray(node, path, "must be an array of questionnaire waves")) {
            return null;
        }
        int before = violations.size();
        List<QuestionnaireWave> waves = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode element = node.get(i);
            if (!isObject(element, at, "must be an object with questionnaire, ritual, opensDaysBefore and "
                    + "closesDaysBefore")) {
                continue;
            }
            unknown(element, at, WAVE);
            String questionnaire = required(element, "questionnaire", at, Function.identity(), "");
            String ritual = required(element, "ritual", at, Function.identity(), "");
            Integer opens = whole(element, "opensDaysBefore", at, true);
            Integer closes = whole(element, "closesDaysBefore", at, true);
            if (questionnaire != null && ritual != null && opens != null && closes != null) {
                try {
                    waves.add(new QuestionnaireWave(questionnaire, ritual, opens, closes));
                } catch (InvalidValueException e) {
                    e.violations().forEach(v -> violations.add(moved(at + "." + v.field(), v)));
                }
            }
        }
        return violations.size() > before ? null : waves;
    }

    private @Nullable RitualRule ritual(JsonNode node, String path) {
        if (!isObject(node, path, "must be an object with at least id, format and a timing")) {
            return null;
        }
        int before = violations.size();
        unknown(node, path, RITUAL);
        String id = required(node, "id", path, Function.identity(), "");
        if (id == null) {
            return null;
        }
        RitualRule.Builder rule = RitualRule.builder(id);
        LocalizedText name = field(node, "name", path, this::localized);
        if (name != null) {
            rule.name(name);
        }
        if (node.has("format") && node.has("formats")) {
            violations.add(Violation.of(path + ".formats", "must not be given together with format"));
        }
        String format = text(node, "format", path, Function.identity(), "");
        if (format != null) {
            rule.format(format);
        }
        List<Format> formats = list(node, "formats", path, enumValue(Format.class));
        if (formats != null) {
            rule.rotate(formats.toArray(Format[]::new));
        }
        Duration duration = text(node, "duration", path, Duration::parse, DURATION_RULE);
        if (duration != null) {
            rule.duration(duration);
        }
        Audience audience = field(node, "audience", path, enumValue(Audience.class));
        if (audience != null) {
            rule.audience(audience);
        }
        DeliveryMode mode = field(node, "mode", path, enumValue(DeliveryMode.class));
        if (mode != null) {
            rule.mode(mode);
        }
        List<LocalizedText> themes = list(node, "themes", path, this::localized);
        if (themes != null) {
            rule.themes(themes.toArray(LocalizedText[]::new));
        }
        Recurrence recurrence = text(node, "recurrence", path, Recurrence::parse, "");
        if (recurrence != null) {
            rule.recurrence(recurrence);
        }
        Placement from = text(node, "from", path, CalendarJson::placement, PLACEMENT_RULE);
        if (from != null) {
            rule.from(from);
        }
        Placement until = text(node, "until", path, CalendarJson::placement, PLACEMENT_RULE);
        if (until != null) {
            rule.until(until);
        }
        List<Placement> placements = list(node, "placements", path,
                (n, at) -> textValue(n, at, CalendarJson::placement, PLACEMENT_RULE));
        if (placements != null) {
            rule.at(placements.toArray(Placement[]::new));
        }
        LocalTime start = text(node, "startTime", path, LocalTime::parse, "must be a time such as 12:00");
        if (start != null) {
            rule.startTime(start);
        }
        ShiftPolicy policy = field(node, "shiftPolicy", path, enumValue(ShiftPolicy.class));
        if (policy != null) {
            rule.shiftPolicy(policy);
        }
        List<AgendaPart> segments = list(node, "segments", path, this::segment);
        if (segments != null) {
            rule.segments(segments.toArray(AgendaPart[]::new));
        }
        Set<String> failed = failedSince(before, path);
        if (failed.contains("placements") || failed.contains("recurrence")) {
            // Without them the ritual has no timing; saying so again would name no new problem.
            failed.add("timing");
        }
        String prefix = "rituals[" + id + "].";
        try {
            RitualRule read = rule.build();
            return failed.isEmpty() ? read : null;
        } catch (InvalidValueException e) {
            for (Violation v : e.violations()) {
                String field = v.field().startsWith(prefix) ? v.field().substring(prefix.length()) : v.field();
                if (!failed.contains(root(field))) {
                    violations.add(moved(path + "." + field, v));
                }
            }
            return null;
        }
    }

    private AgendaPart segment(JsonNode node, String path) {
        if (!isObject(node, path, "must be an object with title, audience, offset and length")) {
            throw Skip.INSTANCE;
        }
        unknown(node, path, SEGMENT);
        LocalizedText title = requiredField(node, "title", path, this::localized);
        Audience audience = requiredField(node, "audience", path, enumValue(Audience.class));
        Duration offset = required(node, "offset", path, Duration::parse, DURATION_RULE);
        Duration length = required(node, "length", path, Duration::parse, DURATION_RULE);
        if (title == null || audience == null || offset == null || length == null) {
            throw Skip.INSTANCE;
        }
        try {
            return new AgendaPart(title, audience, offset, length);
        } catch (InvalidValueException e) {
            e.violations().forEach(v -> violations.add(moved(path + "." + v.field(), v)));
            throw Skip.INSTANCE;
        }
    }

    private Blackout blackout(JsonNode node, String path) {
        if (!isObject(node, path, "must be an object with first, last and label")) {
            throw Skip.INSTANCE;
        }
        unknown(node, path, BLACKOUT);
        LocalDate first = required(node, "first", path, LocalDate::parse, "must be a date in the form yyyy-MM-dd");
        LocalDate last = required(node, "last", path, LocalDate::parse, "must be a date in the form yyyy-MM-dd");
        LocalizedText label = requiredField(node, "label", path, this::localized);
        if (first == null || last == null || label == null) {
            throw Skip.INSTANCE;
        }
        try {
            return new Blackout(first, last, label);
        } catch (InvalidValueException e) {
            e.violations().forEach(v -> violations.add(moved(path + "." + v.field(), v)));
            throw Skip.INSTANCE;
        }
    }

    private LocalizedText localized(JsonNode node, String path) {
        LocalizedText text = LocalizedTextJson.read(node, path, violations);
        if (text == null) {
            throw Skip.INSTANCE;
        }
        return text;
    }

    private <T> T checked(String path, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            e.violations().forEach(v -> violations.add(Violation.of(path, v.rule())));
            throw Skip.INSTANCE;
        }
    }

    /** Reads {@code KICK_OFF}, {@code MID_POINT-P7D} or {@code CLOSING-P1M}. */
    static Placement placement(String text) {
        Matcher matcher = PLACEMENT.matcher(text.strip());
        if (!matcher.matches()) {
            throw new DateTimeException(text);
        }
        Anchor anchor = Anchor.valueOf(matcher.group(1));
        if (matcher.group(2) == null) {
            return new Placement(anchor, Period.ZERO);
        }
        Period period = Period.parse(matcher.group(3));
        return new Placement(anchor, "-".equals(matcher.group(2)) ? period.negated() : period);
    }

    /** Writes a placement as {@link #placement(String)} reads it. */
    static String placement(Placement placement) {
        Period offset = placement.offset();
        if (offset.isZero()) {
            return placement.anchor().name();
        }
        boolean backwards = offset.getYears() <= 0 && offset.getMonths() <= 0 && offset.getDays() <= 0;
        return placement.anchor().name() + (backwards ? "-" + offset.negated() : "+" + offset);
    }

    // ------------------------------------------------------------------------------------------- reading, plumbing

    /** Thrown by an element reader once it has reported why the element cannot be read. */
    private static final class Skip extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Skip INSTANCE = new Skip();

        private Skip() {
            super(null, null, false, false);
        }
    }

    private interface Reader<T> {
        T read(JsonNode node, String path);
    }

    private <T> @Nullable T field(JsonNode object, String name, String path, Reader<T> reader) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return reader.read(node, path + "." + name);
        } catch (Skip reported) {
            return null;
        }
    }

    private <T> @Nullable T requiredField(JsonNode object, String name, String path, Reader<T> reader) {
        if (!object.hasNonNull(name)) {
            violations.add(Violation.of(path + "." + name, "is required"));
            return null;
        }
        return field(object, name, path, reader);
    }

    private <T> @Nullable List<T> list(JsonNode object, String name, String path, Reader<T> reader) {
        JsonNode node = object.get(name);
        String at = path + "." + name;
        if (node == null || node.isNull() || !isArray(node, at, "must be an array")) {
            return null;
        }
        int before = violations.size();
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            try {
                values.add(reader.read(node.get(i), at + "[" + i + "]"));
            } catch (Skip reported) {
                // reported already; the other elements are still read so that every problem is listed
            }
        }
        return violations.size() > before ? null : values;
    }

    private <T> @Nullable T text(JsonNode object, String name, String path, Function<String, T> parse, String rule) {
        return field(object, name, path, (node, at) -> textValue(node, at, parse, rule));
    }

    private <T> @Nullable T required(JsonNode object, String name, String path, Function<String, T> parse,
            String rule) {
        if (!object.hasNonNull(name)) {
            violations.add(Violation.of(path + "." + name, "is required"));
            return null;
        }
        return text(object, name, path, parse, rule);
    }

    private <T> T textValue(JsonNode node, String path, Function<String, T> parse, String rule) {
        if (!node.isTextual()) {
            violations.add(Violation.of(path, "must be a string", node.toString()));
            throw Skip.INSTANCE;
        }
        try {
            return parse.apply(node.textValue());
        } catch (InvalidValueException e) {
            e.violations().forEach(v -> violations.add(new Violation(path, v.rule(),
                    path + ": " + v.rule() + " (was " + node + ")")));
        } catch (DateTimeException | IllegalArgumentException e) {
            violations.add(Violation.of(path, rule, node.toString()));
        }
        throw Skip.INSTANCE;
    }

    private <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type) {
        String rule = "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", "));
        return textValue(node, path, text -> Enum.valueOf(type, text), rule);
    }

    private <E extends Enum<E>> Reader<E> enumValue(Class<E> type) {
        return (node, path) -> enumValue(node, path, type);
    }

    private @Nullable Integer whole(JsonNode object, String name, String path, boolean required) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            if (required) {
                violations.add(Violation.of(path + "." + name, "is required"));
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            violations.add(Violation.of(path + "." + name, "must be a whole number", node.toString()));
            return null;
        }
        return node.intValue();
    }

    private boolean isObject(JsonNode node, String path, String rule) {
        if (node.isObject()) {
            return true;
        }
        violations.add(Violation.of(path, rule, node.toString()));
        return false;
    }

    private boolean isArray(JsonNode node, String path, String rule) {
        if (node.isArray()) {
            return true;
        }
        violations.add(Violation.of(path, rule, node.toString()));
        return false;
    }

    private void unknown(JsonNode object, String path, List<String> known) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                violations.add(Violation.of(path + "." + name,
                        "is not a known property (known: " + String.join(", ", known) + ")"));
            }
        }
    }

    /** The scheduling module names a ritual by its id; JSON names it by its place in the array. */
    private static String byIndex(String field, List<RitualRule> rituals) {
        for (int i = 0; i < rituals.size(); i++) {
            String byId = "rituals[" + rituals.get(i).id() + "]";
            if (field.startsWith(byId)) {
                return "rituals[" + i + "]" + field.substring(byId.length());
            }
        }
        return field;
    }

    /** The violation moved to a JSON path, keeping its rule and what it said about the rejected value. */
    static Violation moved(String path, Violation violation) {
        String message = violation.message();
        String tail = message.startsWith(violation.field()) ? message.substring(violation.field().length())
                : ": " + violation.rule();
        return new Violation(path, violation.rule(), path + tail);
    }

    // ---------------------------------------------------------------------------------------------------- writing

    /**
     * @param cadence a cadence
     * @return the preset's name, or the rituals and gap fillers as an object
     */
    public static JsonNode write(Cadence cadence) {
        if (cadence.preset().isPresent()) {
            return NODES.textNode(cadence.preset().get());
        }
        CadencePlan plan = cadence.plan();
        ObjectNode node = NODES.objectNode();
        ArrayNode rituals = node.putArray("rituals");
        plan.rituals().forEach(rule -> rituals.add(write(rule)));
        ArrayNode fillers = node.putArray("fillerFormats");
        plan.fillerFormats().forEach(f -> fillers.add(f.name()));
        ArrayNode themes = node.putArray("fillerThemes");
        plan.fillerThemes().forEach(t -> themes.add(LocalizedTextJson.write(t)));
        node.put("fillerStartTime", plan.fillerStartTime().toString());
        return node;
    }

    private static ObjectNode write(RitualRule rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        node.set("name", LocalizedTextJson.write(rule.name()));
        if (rule.formats().size() == 1) {
            node.put("format", rule.formats().get(0).name());
        } else {
            ArrayNode formats = node.putArray("formats");
            rule.formats().forEach(f -> formats.add(f.name()));
        }
        rule.duration().ifPresent(d -> node.put("duration", d.toString()));
        node.put("audience", rule.audience().name());
        rule.mode().ifPresent(m -> node.put("mode", m.name()));
        ArrayNode themes = node.putArray("themes");
        rule.themes().forEach(t -> themes.add(LocalizedTextJson.write(t)));
        if (rule.recurrence().isPresent()) {
            node.put("recurrence", rule.recurrence().get().toText());
            node.put("from", placement(rule.from()));
            node.put("until", placement(rule.until()));
        } else {
            ArrayNode placements = node.putArray("placements");
            rule.placements().forEach(p -> placements.add(placement(p)));
        }
        node.put("startTime", rule.startTime().toString());
        rule.shiftPolicy().ifPresent(p -> node.put("shiftPolicy", p.name()));
        if (!rule.segments().isEmpty()) {
            ArrayNode segments = node.putArray("segments");
            for (AgendaPart segment : rule.segments()) {
                ObjectNode s = segments.addObject();
                s.set("title", LocalizedTextJson.write(segment.title()));
                s.put("audience", segment.audience().name());
                s.put("offset", segment.offset().toString());
                s.put("length", segment.length().toString());
            }
        }
        return node;
    }

    /**
     * @param calendar a company calendar
     * @return it as an object
     */
    public static JsonNode write(CompanyCalendarDefinition calendar) {
        ObjectNode node = NODES.objectNode();
        node.put("holidays", calendar.holidays());
        ArrayNode days = node.putArray("workingDays");
        calendar.workingDays().stream().sorted().forEach(d -> days.add(d.name()));
        ObjectNode hours = node.putObject("workingHours");
        hours.put("start", calendar.workStart().toString());
        hours.put("end", calendar.workEnd().toString());
        ArrayNode blackouts = node.putArray("blackouts");
        for (Blackout blackout : calendar.blackouts()) {
            ObjectNode b = blackouts.addObject();
            b.put("first", blackout.first().toString());
            b.put("last", blackout.last().toString());
            b.set("label", LocalizedTextJson.write(blackout.label()));
        }
        return node;
    }

    /**
     * @param waves questionnaire waves
     * @return them as an array
     */
    public static JsonNode write(List<QuestionnaireWave> waves) {
        ArrayNode node = NODES.arrayNode();
        for (QuestionnaireWave wave : waves) {
            ObjectNode w = node.addObject();
            w.put("questionnaire", wave.questionnaire());
            w.put("ritual", wave.ritual());
            w.put("opensDaysBefore", wave.opensDaysBefore());
            w.put("closesDaysBefore", wave.closesDaysBefore());
        }
        return node;
    }
}
