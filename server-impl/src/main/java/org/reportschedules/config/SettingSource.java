package org.reportschedules.config;

import java.nio.file.Path;

/** Where a setting's value came from, in the order they win: a flag, the environment, the config file, the default. */
public sealed interface SettingSource {

    /**
     * How a refusal names the setting as the user gave it, so a bad PORT is not blamed on a flag nobody gave; a flag
     * and a default are named as the flag.
     */
    default String subject(Setting<?> setting) {
        return setting.flag();
    }

    /** How --print-config names the source, after the value. */
    String label();

    record Flag() implements SettingSource {
        @Override
        public String label() {
            return "flag";
        }
    }

    record Environment(String variable) implements SettingSource {
        @Override
        public String subject(Setting<?> setting) {
            return "The environment variable " + variable;
        }

        @Override
        public String label() {
            return "env " + variable;
        }
    }

    /** @param file the file as the user named it, so messages show the name they typed */
    record ConfigFile(Path file) implements SettingSource {
        @Override
        public String subject(Setting<?> setting) {
            return file + ": " + setting.name();
        }

        @Override
        public String label() {
            return "file " + file;
        }
    }

    record Default() implements SettingSource {
        @Override
        public String label() {
            return "default";
        }
    }
}
