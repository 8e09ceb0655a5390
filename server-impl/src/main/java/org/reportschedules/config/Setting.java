package org.reportschedules.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One setting of a program, declared once: the flag, the environment variable and the config-file key are all
 * derived from its name, so the three sources cannot spell it differently.
 *
 * @param name           the flag without its dashes and the config file's key (port, mws-key)
 * @param label          how --help names its value (N, FILE, off|verify-known|strict)
 * @param parser         turns a given text into the value, or refuses it with the end of a sentence
 * @param defaultValue   the text used when no source gives one; empty when the setting is simply absent by default
 * @param unsetMeans     what an absent setting means, for --help and the README ("no HTTPS", "memory only")
 * @param repeatable     given any number of times (a list in the file, comma-separated in the environment)
 * @param paths          which part of a value is a path, resolved against the config file's directory
 * @param secret         whether the part after '=' is masked wherever the configuration is shown
 * @param otherVariables older environment variables read after the setting's own (PORT, as platforms set it)
 * @param description    one or two sentences for --help
 */
public record Setting<T>(String name, String label, ValueParser<T> parser, Optional<String> defaultValue, String unsetMeans,
                         boolean repeatable, PathPart paths, boolean secret, List<String> otherVariables, String description) {

    /** Every environment variable of a setting starts with it. */
    public static final String ENVIRONMENT_PREFIX = "REPORT_SCHEDULES_";

    /** Which part of a given value names a file or directory. */
    public enum PathPart { NONE, WHOLE, AFTER_EQUALS }

    public static <T> Setting<T> of(String name, String label, ValueParser<T> parser, String description) {
        return new Setting<>(name, label, parser, Optional.empty(), "none", false, PathPart.NONE, false, List.of(), description);
    }

    public Setting<T> withDefault(String text) {
        return new Setting<>(name, label, parser, Optional.of(text), text, repeatable, paths, secret, otherVariables, description);
    }

    public Setting<T> unsetMeaning(String meaning) {
        return new Setting<>(name, label, parser, defaultValue, meaning, repeatable, paths, secret, otherVariables, description);
    }

    public Setting<T> asRepeatable() {
        return new Setting<>(name, label, parser, defaultValue, unsetMeans, true, paths, secret, otherVariables, description);
    }

    public Setting<T> pathIn(PathPart part) {
        return new Setting<>(name, label, parser, defaultValue, unsetMeans, repeatable, part, secret, otherVariables, description);
    }

    public Setting<T> secretAfterEquals() {
        return new Setting<>(name, label, parser, defaultValue, unsetMeans, repeatable, paths, true, otherVariables, description);
    }

    public Setting<T> alsoFromEnvironment(String variable) {
        return new Setting<>(name, label, parser, defaultValue, unsetMeans, repeatable, paths, secret, List.of(variable), description);
    }

    public String flag() {
        return "--" + name;
    }

    public String environmentVariable() {
        return ENVIRONMENT_PREFIX + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The value as it may be shown: a secret's part after '=' replaced by stars. */
    public String shown(String text) {
        int equals = text.indexOf('=');
        return secret && equals >= 0 ? text.substring(0, equals + 1) + "****" : text;
    }
}
