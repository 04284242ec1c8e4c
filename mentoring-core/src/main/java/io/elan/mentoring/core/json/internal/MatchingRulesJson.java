package io.elan.mentoring.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.elan.mentoring.matching.CriterionWeights;
import io.elan.mentoring.matching.DepartmentPreference;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * {@link MatchingRules} in JSON, with the builder's names: {@code minimumLevelGap}, {@code sharedLanguageRequired},
 * {@code targetLevelGap}, {@code departmentPreference} (a {@link DepartmentPreference} name), {@code weights}
 * ({@code topics}, {@code levelGap}, {@code department}, {@code location}, {@code wishes}) and
 * {@code protectWeakest}. Properties left out take the defaults, a weight left out its default weight. Reading reports
 * every violation at once, each named by its JSON path. The same form is a program definition's {@code matching}
 * property and what the engine keeps in a program's settings. Thread-safe.
 */
public final class MatchingRulesJson {
    private static final List<String> RULES = List.of("minimumLevelGap", "sharedLanguageRequired", "targetLevelGap",
            "departmentPreference", "weights", "protectWeakest");
    private static final List<String> WEIGHTS = List.of("topics", "levelGap", "department", "location", "wishes");

    private MatchingRulesJson() {}

    /**
     * @param rules matching rules
     * @return their JSON form
     */
    public static ObjectNode write(MatchingRules rules) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("minimumLevelGap", rules.minimumLevelGap());
        json.put("sharedLanguageRequired", rules.sharedLanguageRequired());
        json.put("targetLevelGap", rules.targetLevelGap());
        json.put("departmentPreference", rules.departmentPreference().name());
        CriterionWeights weights = rules.weights();
        ObjectNode points = json.putObject("weights");
        points.put("topics", weights.topics());
        points.put("levelGap", weights.levelGap());
        points.put("department", weights.department());
        points.put("location", weights.location());
        points.put("wishes", weights.wishes());
        json.put("protectWeakest", rules.protectWeakest());
        return json;
    }

    /**
     * Reads rules at a place of a larger document.
     *
     * @param root the rules' JSON form
     * @param at the JSON path of {@code root}, such as {@code $.matching}
     * @param violations where every problem is added, each named by its JSON path
     * @return the rules, or {@code null} if a violation was added
     */
    public static @Nullable MatchingRules read(JsonNode root, String at, List<Violation> violations) {
        if (!root.isObject()) {
            violations.add(Violation.of(at, "must be a JSON object of matching rules", root.toString()));
            return null;
        }
        int before = violations.size();
        unknown(root, at, RULES, violations);
        MatchingRules.Builder builder = MatchingRules.builder();
        whole(root, "minimumLevelGap", at, violations, builder::minimumLevelGap);
        whole(root, "targetLevelGap", at, violations, builder::targetLevelGap);
        flag(root, "sharedLanguageRequired", at, violations, builder::sharedLanguageRequired);
        flag(root, "protectWeakest", at, violations, builder::protectWeakest);
        JsonNode preference = root.get("departmentPreference");
        if (preference != null && !preference.isNull()) {
            Optional<DepartmentPreference> chosen = Arrays.stream(DepartmentPreference.values())
                    .filter(p -> preference.isTextual() && p.name().equals(preference.textValue())).findFirst();
            if (chosen.isPresent()) {
                builder.departmentPreference(chosen.get());
            } else {
                String names = Arrays.stream(DepartmentPreference.values()).map(Enum::name)
                        .collect(Collectors.joining(", "));
                violations.add(Violation.of(at + ".departmentPreference", "must be one of " + names,
                        preference.toString()));
            }
        }
        weights(root.get("weights"), at + ".weights", violations, builder);
        if (violations.size() > before) {
            return null;
        }
        try {
            return builder.build();
        } catch (InvalidValueException e) {
            e.violations().forEach(v -> violations.add(moved(at, v)));
            return null;
        }
    }

    /** A violation of the rules' own checks, named by its JSON path. */
    private static Violation moved(String at, Violation v) {
        return new Violation(at + "." + v.field(), v.rule(), at + "." + v.message());
    }

    private static void weights(@Nullable JsonNode node, String at, List<Violation> violations,
            MatchingRules.Builder builder) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            violations.add(Violation.of(at, "must be an object of weights", node.toString()));
            return;
        }
        unknown(node, at, WEIGHTS, violations);
        CriterionWeights defaults = CriterionWeights.defaults();
        int[] values = {defaults.topics(), defaults.levelGap(), defaults.department(), defaults.location(),
                defaults.wishes()};
        for (int k = 0; k < WEIGHTS.size(); k++) {
            int index = k;
            whole(node, WEIGHTS.get(k), at, violations, value -> values[index] = value);
        }
        try {
            builder.weights(new CriterionWeights(values[0], values[1], values[2], values[3], values[4]));
        } catch (InvalidValueException e) {
            e.violations().forEach(v -> violations.add(moved(at, v)));
        }
    }

    private static void whole(JsonNode object, String name, String at, List<Violation> violations,
            IntConsumer sink) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            sink.accept(node.intValue());
        } else {
            violations.add(Violation.of(at + "." + name, "must be a whole number", node.toString()));
        }
    }

    private static void flag(JsonNode object, String name, String at, List<Violation> violations,
            Consumer<Boolean> sink) {
        JsonNode node = object.get(name);
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isBoolean()) {
            sink.accept(node.booleanValue());
        } else {
            violations.add(Violation.of(at + "." + name, "must be true or false", node.toString()));
        }
    }

    private static void unknown(JsonNode object, String at, List<String> known, List<Violation> violations) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                violations.add(Violation.of(at + "." + Violation.shown(name),
                        "is not a known property (known: " + String.join(", ", known) + ")"));
            }
        }
    }

    /** Writes rules in the form {@link Reader} reads. */
    public static final class Writer extends StdSerializer<MatchingRules> {
        @Serial
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Writer() {
            super(MatchingRules.class);
        }

        @Override
        public void serialize(MatchingRules rules, JsonGenerator json, SerializerProvider provider)
                throws IOException {
            json.writeTree(write(rules));
        }
    }

    /** Reads rules, collecting every problem before failing. */
    public static final class Reader extends StdDeserializer<MatchingRules> {
        @Serial
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Reader() {
            super(MatchingRules.class);
        }

        @Override
        public MatchingRules deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode root = context.readTree(parser);
            if (root == null || !root.isObject()) {
                throw new InvalidValueException("$", "must be a JSON object",
                        root == null ? "nothing" : root.getNodeType().toString().toLowerCase(Locale.ROOT));
            }
            List<Violation> violations = new ArrayList<>();
            MatchingRules rules = read(root, "$", violations);
            if (rules == null) {
                throw new InvalidValueException(violations);
            }
            return rules;
        }
    }
}
