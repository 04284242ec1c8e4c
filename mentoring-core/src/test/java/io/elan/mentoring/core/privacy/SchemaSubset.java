package io.elan.mentoring.core.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validator for the part of JSON Schema (draft 2020-12) the export's schema uses: {@code type} (one name or a list),
 * {@code required}, {@code properties}, {@code additionalProperties} (false or a schema), {@code items},
 * {@code enum}, {@code const} and {@code format: date-time}, plus the annotations {@code $schema}, {@code $id},
 * {@code title} and {@code description}. A schema with any other keyword is refused, so that the schema cannot grow a rule this
 * validator would silently skip.
 */
final class SchemaSubset {

    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "title", "description", "type", "required",
            "properties", "additionalProperties", "items", "enum", "const", "format");

    private SchemaSubset() {}

    /**
     * @param schema the schema
     * @param document the document
     * @return every violation, as a JSON pointer and the rule; empty if the document is valid
     */
    static List<String> violations(JsonNode schema, JsonNode document) {
        List<String> found = new ArrayList<>();
        check(schema, document, "", found);
        return found;
    }

    private static void check(JsonNode schema, JsonNode value, String at, List<String> found) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            String keyword = names.next();
            if (!KEYWORDS.contains(keyword)) {
                throw new IllegalArgumentException("the schema at " + at + " uses " + keyword
                        + ", which this validator does not check");
            }
        }
        if (schema.has("type") && !hasType(schema.get("type"), value)) {
            found.add(at + ": must be of type " + schema.get("type") + ", is " + value.getNodeType());
            return;
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            found.add(at + ": must be " + schema.get("const"));
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                found.add(at + ": must be one of " + schema.get("enum") + ", is " + value);
            }
        }
        if (schema.has("format") && value.isTextual()) {
            String format = schema.get("format").asText();
            if (!format.equals("date-time")) {
                throw new IllegalArgumentException("the schema at " + at + " uses format " + format
                        + ", which this validator does not check");
            }
            if (!value.asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})")) {
                found.add(at + ": must be an RFC 3339 date-time, is " + value);
            }
        }
        if (value.isObject()) {
            if (schema.has("required")) {
                for (JsonNode name : schema.get("required")) {
                    if (!value.has(name.asText())) {
                        found.add(at + ": lacks the required property " + name.asText());
                    }
                }
            }
            JsonNode properties = schema.path("properties");
            JsonNode others = schema.get("additionalProperties");
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                String where = at + "/" + field.getKey();
                if (properties.has(field.getKey())) {
                    check(properties.get(field.getKey()), field.getValue(), where, found);
                } else if (others != null && others.equals(BooleanNode.FALSE)) {
                    found.add(at + ": has the property " + field.getKey() + ", which the schema does not allow");
                } else if (others != null && others.isObject()) {
                    check(others, field.getValue(), where, found);
                } else if (others != null && !others.equals(BooleanNode.TRUE)) {
                    throw new IllegalArgumentException("the schema at " + at + " has additionalProperties " + others
                            + ", neither a boolean nor a schema");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "/" + i, found);
            }
        }
    }

    private static boolean hasType(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (hasType(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> throw new IllegalArgumentException("unknown type " + type);
        };
    }
}
