package org.reportschedules.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * One of the contract's OpenAPI files, read from the api-spec jar, for the facts the stub takes from it
 * rather than keeping a second copy: enums, and the {@code x-} extensions that give a value its meaning
 * (the MWS Schedule durations, the throttling quotas, the report type that cannot be scheduled).
 * A missing fact stops start-up with a message naming the file and the place, never a default.
 */
public final class ContractFile {

    public static final String AMAZON_PAY = "amazon-pay-reports.yaml";
    public static final String MWS = "mws-reports.yaml";
    public static final String ADMIN = "stub-admin.yaml";

    private final String name;
    private final String source;
    private final JsonNode root;

    private ContractFile(String name, String source, JsonNode root) {
        this.name = name;
        this.source = source;
        this.root = root;
    }

    private static final Map<String, ContractFile> LOADED = new ConcurrentHashMap<>();

    /**
     * Starts parsing every contract on a thread of its own, so that a start-up doing other work meanwhile (reading its
     * settings, building the HTTP stack) finds them parsed; a {@link #load} of a file still being read waits for it.
     */
    public static void readAhead() {
        Thread reader = new Thread(() -> {
            try {
                List.of(AMAZON_PAY, MWS, ADMIN).forEach(ContractFile::load);
            } catch (RuntimeException unreadable) {
                // Nothing kept: the start-up's own load reads the file again and stops with the reason.
            }
        }, "contract-read-ahead");
        reader.setDaemon(true);
        reader.start();
    }

    /** The file, parsed once per JVM: several facts come from the same file. */
    public static ContractFile load(String name) {
        return LOADED.computeIfAbsent(name, ContractFile::read);
    }

    private static ContractFile read(String name) {
        String resource = "/openapi/" + name;
        try (InputStream yaml = ContractFile.class.getResourceAsStream(resource)) {
            if (yaml == null) {
                throw new IllegalStateException(resource + " is not on the classpath (api-spec jar)");
            }
            String source = new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
            return new ContractFile(name, source, new YAMLMapper().readTree(source));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    /** The file as it is written, for serving it. */
    public String source() {
        return source;
    }

    /** The whole document, a copy the caller may change. */
    public JsonNode document() {
        return root.deepCopy();
    }

    /** One scalar, e.g. info.version. */
    public String text(String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw new IllegalStateException(name + " has no value at " + pointer);
        }
        return node.asText();
    }

    /** A list of strings, e.g. an enum. */
    public List<String> strings(String pointer) {
        JsonNode node = node(pointer, JsonNode::isArray, "a list");
        List<String> values = new ArrayList<>();
        node.forEach(value -> values.add(value.asText()));
        return Collections.unmodifiableList(values);
    }

    /** An object whose values are scalars, in the file's order. */
    public Map<String, String> texts(String pointer) {
        JsonNode node = node(pointer, JsonNode::isObject, "a map");
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return Collections.unmodifiableMap(values);
    }

    /** An object of objects of scalars (a table keyed by its first column), in the file's order. */
    public Map<String, Map<String, String>> table(String pointer) {
        JsonNode node = node(pointer, JsonNode::isObject, "a table");
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(key -> rows.put(key, texts(pointer + "/" + key.replace("~", "~0").replace("/", "~1"))));
        return Collections.unmodifiableMap(rows);
    }

    private JsonNode node(String pointer, Predicate<JsonNode> shape, String expected) {
        JsonNode node = root.at(pointer);
        if (!shape.test(node) || node.isEmpty()) {
            throw new IllegalStateException(name + " has no " + expected + " at " + pointer);
        }
        return node;
    }
}
