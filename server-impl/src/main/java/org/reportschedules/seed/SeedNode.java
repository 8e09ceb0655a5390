package org.reportschedules.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import org.reportschedules.text.EchoedValue;

/**
 * One object of a seed file and where it is ({@code merchants[1].schedules[0]}), so that every refusal names
 * the file and the place. Reads only what it is asked for, and refuses fields nobody asks for.
 */
final class SeedNode {

    private final String source;
    private final String place;
    private final JsonNode node;

    SeedNode(String source, String place, JsonNode node) {
        this.source = source;
        this.place = place;
        this.node = node;
    }

    String place() {
        return place;
    }

    String placeOf(String field) {
        return place.isEmpty() ? field : place + "." + field;
    }

    SeedRefused refused(String mistake) {
        return new SeedRefused(source, place, mistake);
    }

    SeedRefused refused(String field, String mistake) {
        return new SeedRefused(source, placeOf(field), mistake);
    }

    /** Refuses a field that is not one of these (a typo must not be ignored), naming those there are. */
    SeedNode withOnly(String what, List<String> fields) {
        if (!node.isObject()) {
            throw refused("expected " + what + " (an object with " + String.join(", ", fields) + "), not " + kind(node));
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                throw refused(EchoedValue.of(name) + " is not a field of " + what + " (its fields: " + String.join(", ", fields) + ")");
            }
        });
        return this;
    }

    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    String text(String field) {
        return optionalText(field).orElseThrow(() -> refused(field + " is missing"));
    }

    Optional<String> optionalText(String field) {
        Optional<String> text = present(field, JsonNode::isTextual, "a string").map(JsonNode::asText);
        if (text.filter(String::isBlank).isPresent()) {
            throw refused(field, "is empty");
        }
        return text;
    }

    /** An id may be written as a number in YAML or JSON without quotes; it is read as its digits. */
    Optional<String> optionalId(String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isIntegralNumber()) {
            return Optional.of(value.asText());
        }
        return optionalText(field);
    }

    /** The objects of a list field; none when the field is absent. */
    List<SeedNode> list(String field) {
        JsonNode value = present(field, JsonNode::isArray, "a list").orElse(null);
        if (value == null) {
            return List.of();
        }
        List<SeedNode> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new SeedNode(source, placeOf(field) + "[" + i + "]", value.get(i)));
        }
        return items;
    }

    /** The field's value, when it is given (null counts as not given) and has the expected shape. */
    private Optional<JsonNode> present(String field, Predicate<JsonNode> shape, String expected) {
        if (!has(field)) {
            return Optional.empty();
        }
        JsonNode value = node.get(field);
        if (!shape.test(value)) {
            throw refused(field, "expected " + expected + ", not " + kind(value));
        }
        return Optional.of(value);
    }

    private static String kind(JsonNode value) {
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true or false";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "an object";
        }
        return value.isNull() ? "nothing" : "a string";
    }
}
