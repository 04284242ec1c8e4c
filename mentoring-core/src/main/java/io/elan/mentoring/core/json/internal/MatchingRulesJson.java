package io.elan.mentoring.core.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
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
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * {@link MatchingRules} in JSON, with the builder's names: {@code minimumLevelGap}, {@code sharedLanguageRequired},
 * {@code targetLevelGap}, {@code departmentPreference} (a {@link DepartmentPreference} name), {@code weights}
 * ({@code topics}, {@code levelGap}, {@code department}, {@code location}, {@code wishes}) and
 * {@code protectWeakest}. Properties left out take the defaults, a weight left out its default weight. Reading reports
 * every violation at once, each named by its JSON path. Thread-safe.
 */
public final class MatchingRulesJson {
    private static final List<String> RULES = List.of("minimumLevelGap", "sharedLanguageRequired", "targetLevelGap",
            "departmentPreference", "weights", "protectWeakest");
    private static final List<String> WEIGHTS = List.of("topics", "levelGap", "department", "location", "wishes");

    private MatchingRulesJson() {}

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
            json.writeStartObject();
            json.writeNumberField("minimumLevelGap", rules.minimumLevelGap());
            json.writeBooleanField("sharedLanguageRequired", rules.sharedLanguageRequired());
            json.writeNumberField("targetLevelGap", rules.targetLevelGap());
            json.writeStringField("departmentPreference", rules.departmentPreference().name());
            CriterionWeights weights = rules.weights();
            json.writeObjectFieldStart("weights");
            json.writeNumberField("topics", weights.topics());
            json.writeNumberField("levelGap", weights.levelGap());
            json.writeNumberField("department", weights.department());
            json.writeNumberField("location", weights.location());
            json.writeNumberField("wishes", weights.wishes());
            json.writeEndObject();
            json.writeBooleanField("protectWeakest", rules.protectWeakest());
            json.writeEndObject();
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
            unknown(root, "$", RULES, violations);
            MatchingRules.Builder builder = MatchingRules.builder();
            whole(root, "minimumLevelGap", "$", violations, builder::minimumLevelGap);
            whole(root, "targetLevelGap", "$", violations, builder::targetLevelGap);
            flag(root, "sharedLanguageRequired", violations, builder::sharedLanguageRequired);
            flag(root, "protectWeakest", violations, builder::protectWeakest);
            JsonNode preference = root.get("departmentPreference");
            if (preference != null && !preference.isNull()) {
                String names = Arrays.stream(DepartmentPreference.values()).map(Enum::name)
                        .collect(Collectors.joining(", "));
                try {
                    if (!preference.isTextual()) {
                        throw new IllegalArgumentException();
                    }
                    builder.departmentPreference(DepartmentPreference.valueOf(preference.textValue()));
                } catch (IllegalArgumentException e) {
                    violations.add(Violation.of("$.departmentPreference", "must be one of " + names,
                            preference.toString()));
                }
            }
            weights(root.get("weights"), violations, builder);
            if (violations.isEmpty()) {
                try {
                    return builder.build();
                } catch (InvalidValueException e) {
                    e.violations().forEach(v -> violations.add(new Violation("$." + v.field(), v.rule(),
                            "$." + v.message())));
                }
            }
            throw new InvalidValueException(violations);
        }

        private static void weights(JsonNode node, List<Violation> violations, MatchingRules.Builder builder) {
            if (node == null || node.isNull()) {
                return;
            }
            if (!node.isObject()) {
                violations.add(Violation.of("$.weights", "must be an object of weights", node.toString()));
                return;
            }
            unknown(node, "$.weights", WEIGHTS, violations);
            CriterionWeights defaults = CriterionWeights.defaults();
            int[] values = {defaults.topics(), defaults.levelGap(), defaults.department(), defaults.location(),
                    defaults.wishes()};
            for (int k = 0; k < WEIGHTS.size(); k++) {
                int at = k;
                whole(node, WEIGHTS.get(k), "$.weights", violations, value -> values[at] = value);
            }
            try {
                builder.weights(new CriterionWeights(values[0], values[1], values[2], values[3], values[4]));
            } catch (InvalidValueException e) {
                e.violations().forEach(v -> violations.add(new Violation("$.weights." + v.field(), v.rule(),
                        "$.weights." + v.message())));
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

        private static void flag(JsonNode object, String name, List<Violation> violations,
                Consumer<Boolean> sink) {
            JsonNode node = object.get(name);
            if (node == null || node.isNull()) {
                return;
            }
            if (node.isBoolean()) {
                sink.accept(node.booleanValue());
            } else {
                violations.add(Violation.of("$." + name, "must be true or false", node.toString()));
            }
        }

        private static void unknown(JsonNode object, String at, List<String> known, List<Violation> violations) {
            Iterator<String> names = object.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!known.contains(name)) {
                    violations.add(Violation.of(at + "." + name,
                            "is not a known property (known: " + String.join(", ", known) + ")"));
                }
            }
        }
    }
}
