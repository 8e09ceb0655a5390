package org.reportschedules.config;

/**
 * Reads one given text as a setting's value. A refusal is an {@link IllegalArgumentException} whose message ends the
 * sentence that names the setting and where it came from: "must be a port number between 0 and 65535, not abc".
 */
@FunctionalInterface
public interface ValueParser<T> {
    T parse(String text);
}
