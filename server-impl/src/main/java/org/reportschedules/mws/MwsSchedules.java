package org.reportschedules.mws;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.reportschedules.contract.ContractFile;
import org.reportschedules.domain.Frequency;

/**
 * The MWS Schedule names (_15_MINUTES_ ... _30_DAYS_) and the durations they stand for, read from the one
 * place the contract keeps them: the {@code x-iso8601-durations} of the Schedule schema in mws-reports.yaml.
 * _NEVER_ has no duration: it deletes a schedule.
 */
public final class MwsSchedules {

    public static final String NEVER = "_NEVER_";

    private static final String DURATIONS = "/components/schemas/Schedule/x-iso8601-durations";

    private final Map<String, Frequency> byName;

    MwsSchedules(Map<String, Frequency> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public static MwsSchedules fromContract() {
        Map<String, Frequency> byName = new LinkedHashMap<>();
        ContractFile.load(ContractFile.MWS).texts(DURATIONS)
                .forEach((name, duration) -> byName.put(name, Frequency.of(duration)));
        return new MwsSchedules(byName);
    }

    /** The frequency a Schedule name stands for; empty for _NEVER_ and for names MWS does not have. */
    public Optional<Frequency> frequencyOf(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The names of the schedules that run, shortest first (_NEVER_ is not one). */
    public Set<String> names() {
        return byName.keySet();
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
