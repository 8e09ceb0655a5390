package org.reportschedules.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * The --config file: YAML, one key per setting, named as its flag without the dashes ({@code port: 8080},
 * {@code mws-key: [AKID=secret]}). Paths in it are read relative to the file's own directory, so a file and the keys
 * beside it can be moved together.
 */
public final class ConfigFile {

    // on/off/yes/no stay words: YAML 1.1 would read them as booleans, and --admin on|off means the word.
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private ConfigFile() {
    }

    /**
     * The values the file gives, by setting, each as a list of texts (one for a single setting).
     *
     * @param file   as the user named it (messages repeat it)
     * @param namedBy how the file was named (--config, the environment variable REPORT_SCHEDULES_CONFIG), for a
     *                file that cannot be read
     */
    public static Map<Setting<?>, List<String>> read(Path file, String namedBy, List<Setting<?>> settings) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ConfigurationRefused(namedBy + " " + file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new ConfigurationRefused(file + " is not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        } catch (IOException e) {
            throw new ConfigurationRefused(namedBy + " " + file + " cannot be read: " + e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new ConfigurationRefused(file + " must be a mapping of settings (port: 8080, ...), not " + kind(root));
        }
        Map<String, Setting<?>> byName = settings.stream().collect(Collectors.toMap(Setting::name, Function.identity()));
        Map<Setting<?>, List<String>> given = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            Setting<?> setting = byName.get(entry.getKey());
            if (setting == null) {
                throw new ConfigurationRefused(file + ": " + entry.getKey() + " is no setting (--help lists them; keys are the flags "
                        + "without their dashes)");
            }
            given.put(setting, texts(file, setting, entry.getValue()));
        }
        return given;
    }

    private static List<String> texts(Path file, Setting<?> setting, JsonNode value) {
        String subject = file + ": " + setting.name();
        List<JsonNode> items = new ArrayList<>();
        if (value.isArray() && setting.repeatable()) {
            value.forEach(items::add);
        } else if (value.isArray()) {
            throw new ConfigurationRefused(subject + " takes one value, not a list");
        } else {
            items.add(value);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : items) {
            if (!item.isValueNode() || item.isNull() || item.asText().isBlank()) {
                throw new ConfigurationRefused(subject + " must be " + (setting.repeatable() ? "a list of values" : "a single value")
                        + ", not " + kind(item));
            }
            texts.add(relativeToTheFile(file, setting, item.asText()));
        }
        return texts;
    }

    private static String relativeToTheFile(Path file, Setting<?> setting, String text) {
        Path directory = file.getParent();
        if (directory == null) {
            return text;
        }
        return switch (setting.paths()) {
            case NONE -> text;
            case WHOLE -> resolved(directory, text);
            case AFTER_EQUALS -> {
                int equals = text.indexOf('=');
                yield equals < 0 ? text : text.substring(0, equals + 1) + resolved(directory, text.substring(equals + 1));
            }
        };
    }

    private static String resolved(Path directory, String path) {
        try {
            return directory.resolve(path).toString();
        } catch (RuntimeException e) {
            return path; // the setting's own parser refuses it, naming the file and key
        }
    }

    private static String kind(JsonNode node) {
        if (node.isNull() || (node.isValueNode() && node.asText().isBlank())) {
            return "an empty value";
        }
        return node.isObject() ? "a mapping" : node.isArray() ? "a list" : "'" + node.asText() + "'";
    }
}
