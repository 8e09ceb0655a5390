package org.reportschedules.mws;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import org.reportschedules.domain.Frequency;

/**
 * The MWS Schedule names (_15_MINUTES_ ... _30_DAYS_) and the durations they stand for, read from the one
 * place the contract keeps them: the {@code x-iso8601-durations} of the Schedule schema in mws-reports.yaml.
 * _NEVER_ has no duration: it deletes a schedule.
 */
public final class MwsSchedules {

    public static final String NEVER = "_NEVER_";

    private static final String CONTRACT = "/openapi/mws-reports.yaml";

    private final Map<String, Frequency> byName;

    MwsSchedules(Map<String, Frequency> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public static MwsSchedules fromContract() {
        try (InputStream yaml = MwsSchedules.class.getResourceAsStream(CONTRACT)) {
            if (yaml == null) {
                throw new IllegalStateException(CONTRACT + " is not on the classpath (api-spec jar)");
            }
            JsonNode durations = new YAMLMapper().readTree(yaml)
                    .at("/components/schemas/Schedule/x-iso8601-durations");
            if (!durations.isObject() || durations.isEmpty()) {
                throw new IllegalStateException(CONTRACT + " has no x-iso8601-durations on the Schedule schema");
            }
            Map<String, Frequency> byName = new LinkedHashMap<>();
            durations.fields().forEachRemaining(e -> byName.put(e.getKey(), Frequency.of(e.getValue().asText())));
            return new MwsSchedules(byName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CONTRACT, e);
        }
    }

    /** The frequency a Schedule name stands for; empty for _NEVER_ and for names MWS does not have. */
    public Optional<Frequency> frequencyOf(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean isKnown(String name) {
        return NEVER.equals(name) || byName.containsKey(name);
    }

    /** The Schedule name of a frequency (P1D and PT24H are both _1_DAY_). */
    public String nameOf(Frequency frequency) {
        return byName.entrySet().stream()
                .filter(e -> e.getValue().sameDurationAs(frequency))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("MWS has no Schedule for " + frequency.iso8601()));
    }
}
