package org.reportschedules.config;

/** A configuration that cannot be used: one line naming the setting and where it came from; nothing has started. */
public final class ConfigurationRefused extends RuntimeException {
    public ConfigurationRefused(String line) {
        super(line, null, false, false);
    }
}
