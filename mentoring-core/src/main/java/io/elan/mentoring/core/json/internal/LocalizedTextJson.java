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
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.text.LocalizedText;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link LocalizedText} in JSON: an object keyed by BCP 47 language tag, {@code {"fr": "Déjeuner témoignages",
 * "en": "Testimony lunch", "de": "Erfahrungsmittagessen"}}, in the order the versions were given. Reading also takes
 * one string, as the French and the English text alike, which is what the French and English documents written before
 * any other language could be used say. Thread-safe.
 */
public final class LocalizedTextJson {

    private LocalizedTextJson() {}

    /**
     * @param text a text
     * @return its JSON form
     */
    public static ObjectNode write(LocalizedText text) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        text.texts().forEach((locale, version) -> node.put(locale.toLanguageTag(), version));
        return node;
    }

    /**
     * Reads a text at a place of a larger document.
     *
     * @param node the text's JSON form
     * @param path the JSON path of {@code node}, such as {@code $.companyCalendar.blackouts[0].label}
     * @param violations where every problem is added, each named by its JSON path
     * @return the text, or {@code null} if a violation was added
     */
    public static @Nullable LocalizedText read(JsonNode node, String path, List<Violation> violations) {
        if (node.isTextual()) {
            return checked(() -> LocalizedText.of(node.textValue(), node.textValue()), Map.of(), path, violations);
        }
        if (!node.isObject()) {
            violations.add(Violation.of(path, "must be a string or an object keyed by language tag, such as fr and en",
                    node.toString()));
            return null;
        }
        Map<Locale, String> texts = new LinkedHashMap<>();
        Map<String, String> jsonKeys = new HashMap<>();
        int before = violations.size();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String at = path + "." + field.getKey();
            Locale locale;
            try {
                locale = new Locale.Builder().setLanguageTag(field.getKey()).build();
            } catch (IllformedLocaleException e) {
                violations.add(Violation.of(at, "is not a language tag such as fr or fr-CA"));
                continue;
            }
            if (!field.getValue().isTextual()) {
                violations.add(Violation.of(at, "must be a string", field.getValue().toString()));
            } else if (texts.putIfAbsent(locale, field.getValue().textValue()) != null) {
                violations.add(Violation.of(at, "names a language already given", locale.toLanguageTag()));
            }
            jsonKeys.putIfAbsent("texts[" + locale.toLanguageTag() + "]", field.getKey());
        }
        if (violations.size() > before) {
            return null;
        }
        return checked(() -> new LocalizedText(texts), jsonKeys, path, violations);
    }

    // LocalizedText names a version texts[<tag>]; the document names it by the key it was written with.
    private static @Nullable LocalizedText checked(Supplier<LocalizedText> make,
            Map<String, String> jsonKeys, String path, List<Violation> violations) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            for (Violation v : e.violations()) {
                String key = jsonKeys.get(v.field());
                violations.add(Violation.of(key == null ? path : path + "." + key, v.rule()));
            }
            return null;
        }
    }

    /** Writes a text as an object keyed by language tag. */
    public static final class Writer extends StdSerializer<LocalizedText> {
        @Serial
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Writer() {
            super(LocalizedText.class);
        }

        @Override
        public void serialize(LocalizedText text, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeTree(write(text));
        }
    }

    /** Reads a text, collecting every problem before failing. */
    public static final class Reader extends StdDeserializer<LocalizedText> {
        @Serial
        private static final long serialVersionUID = 1L;

        /** Creates the deserializer. */
        public Reader() {
            super(LocalizedText.class);
        }

        @Override
        public LocalizedText deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode root = context.readTree(parser);
            List<Violation> violations = new ArrayList<>();
            LocalizedText text = read(root, "$", violations);
            if (text == null) {
                throw new InvalidValueException(violations);
            }
            return text;
        }
    }
}
