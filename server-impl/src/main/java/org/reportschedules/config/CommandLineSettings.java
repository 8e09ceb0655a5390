package org.reportschedules.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * The settings as picocli options: one per setting, taking its text as given (the parsing, and its refusals naming
 * the source, are {@link Configuration}'s), with --help naming the environment variable and the default.
 */
public final class CommandLineSettings {

    private CommandLineSettings() {
    }

    public static void addOptions(CommandSpec spec, List<Setting<?>> settings) {
        for (Setting<?> setting : settings) {
            OptionSpec.Builder option = OptionSpec.builder(setting.flag())
                    .paramLabel(setting.label())
                    .arity("1")
                    .description(setting.description() + " Env: " + setting.environmentVariable()
                            + setting.otherVariables().stream().map(other -> ", then " + other).reduce("", String::concat)
                            + (setting.repeatable() ? " (comma-separated)" : "") + ". Default: " + setting.unsetMeans() + ".");
            if (setting.repeatable()) {
                option.type(List.class).auxiliaryTypes(String.class);
            } else {
                option.type(String.class);
            }
            // Shown by tools that read the model (and checked against the contracts' x-stub-choice defaults); whether a
            // flag was given is read from the parse result, so the default never hides the environment or the file.
            setting.defaultValue().ifPresent(option::defaultValue);
            spec.addOption(option.build());
        }
    }

    /** The texts given as flags, by setting; a setting not on the command line is absent. */
    public static Map<Setting<?>, List<String>> given(ParseResult parsed, List<Setting<?>> settings) {
        Map<Setting<?>, List<String>> given = new LinkedHashMap<>();
        for (Setting<?> setting : settings) {
            if (parsed.hasMatchedOption(setting.flag())) {
                given.put(setting, parsed.matchedOption(setting.flag()).stringValues());
            }
        }
        return given;
    }
}
