package org.reportschedules.config;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The effective configuration: for each setting, the texts of the source that wins (a flag, then the environment,
 * then the config file, then the default) and that source. Values are parsed when asked for, and a refusal names the
 * setting as its source spells it ({@code The environment variable REPORT_SCHEDULES_PORT must be ...}).
 */
public final class Configuration {

    /** A setting's winning texts and their source. */
    public record Given(List<String> texts, SettingSource source) {
    }

    private final List<Setting<?>> settings;
    private final Map<Setting<?>, Given> chosen;

    private Configuration(List<Setting<?>> settings, Map<Setting<?>, Given> chosen) {
        this.settings = List.copyOf(settings);
        this.chosen = chosen;
    }

    /**
     * @param flags       the texts given on the command line, by setting
     * @param environment where variables are read; an empty or blank one counts as not set, as some process managers
     *                    set them empty
     * @param file        the config file's texts and its source, when there is one
     */
    public static Configuration resolve(List<Setting<?>> settings, Map<Setting<?>, List<String>> flags, UnaryOperator<String> environment,
                                        Map<Setting<?>, List<String>> fileTexts, SettingSource.ConfigFile file) {
        Map<Setting<?>, Given> chosen = new LinkedHashMap<>();
        for (Setting<?> setting : settings) {
            Optional<Given> given = Optional.ofNullable(flags.get(setting)).map(texts -> new Given(texts, new SettingSource.Flag()))
                    .or(() -> fromEnvironment(setting, environment))
                    .or(() -> Optional.ofNullable(fileTexts.get(setting)).map(texts -> new Given(texts, file)))
                    .or(() -> setting.defaultValue().map(text -> new Given(List.of(text), new SettingSource.Default())));
            given.ifPresent(value -> chosen.put(setting, value));
        }
        return new Configuration(settings, chosen);
    }

    /** A repeatable setting's variable holds its values comma-separated: {@code AKID1=secret1,AKID2=secret2}. */
    private static Optional<Given> fromEnvironment(Setting<?> setting, UnaryOperator<String> environment) {
        List<String> variables = new java.util.ArrayList<>(List.of(setting.environmentVariable()));
        variables.addAll(setting.otherVariables());
        for (String variable : variables) {
            String text = environment.apply(variable);
            if (text == null || text.isBlank()) {
                continue;
            }
            List<String> texts = setting.repeatable()
                    ? Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList()
                    : List.of(text.strip());
            return Optional.of(new Given(texts, new SettingSource.Environment(variable)));
        }
        return Optional.empty();
    }

    public List<Setting<?>> settings() {
        return settings;
    }

    /** The setting's winning texts and source; empty when no source gives it and it has no default. */
    public Optional<Given> given(Setting<?> setting) {
        return Optional.ofNullable(chosen.get(setting));
    }

    /** A setting with a default, parsed. */
    public <T> T value(Setting<T> setting) {
        return optional(setting).orElseThrow(() -> new IllegalStateException(setting.flag() + " has no default"));
    }

    public <T> Optional<T> optional(Setting<T> setting) {
        return given(setting).map(given -> {
            try {
                return setting.parser().parse(given.texts().get(given.texts().size() - 1));
            } catch (IllegalArgumentException e) {
                throw refused(setting, e.getMessage());
            }
        });
    }

    /** A repeatable setting's texts, in the order given; none when no source gives it. */
    public List<String> texts(Setting<?> setting) {
        return given(setting).map(Given::texts).orElse(List.of());
    }

    /** The setting as its source names it: --port, The environment variable PORT, stub.yaml: port. */
    public String subject(Setting<?> setting) {
        return given(setting).map(Given::source).orElseGet(SettingSource.Default::new).subject(setting);
    }

    /** A refusal of the setting's value: "subject" + the end of the sentence. */
    public ConfigurationRefused refused(Setting<?> setting, String rest) {
        return new ConfigurationRefused(subject(setting) + " " + rest);
    }

    /**
     * A refusal written by a part of the program that knows the setting only as its flag ("--host 256.0.0.1 is not an
     * IPv4 address"), renamed after the value's source.
     */
    public ConfigurationRefused refusedAsFlag(Setting<?> setting, String message) {
        String rest = message.startsWith(setting.flag()) ? message.substring(setting.flag().length()).stripLeading() : ": " + message;
        return new ConfigurationRefused(subject(setting) + (rest.startsWith(":") ? "" : " ") + rest);
    }
}
