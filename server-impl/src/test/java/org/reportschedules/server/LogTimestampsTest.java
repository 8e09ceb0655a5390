package org.reportschedules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Random;
import java.util.TimeZone;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LogTimestampsTest {

    /** The pattern slf4j-simple is given in simplelogger.properties. */
    private static final String PATTERN = "yyyy-MM-dd'T'HH:mm:ss.SSSX";

    @ParameterizedTest
    @ValueSource(strings = {"UTC", "Europe/Berlin", "Asia/Kolkata", "America/St_Johns", "Pacific/Chatham"})
    void theSameTextAsSimpleDateFormat(String zoneId) {
        TimeZone zone = TimeZone.getTimeZone(zoneId);
        LogTimestamps timestamps = new LogTimestamps(zone);
        SimpleDateFormat expected = new SimpleDateFormat(PATTERN);
        expected.setTimeZone(zone);
        Random random = new Random(zoneId.hashCode());
        long millis = 1_700_000_000_000L;
        for (int i = 0; i < 20_000; i++) {
            // Mostly neighbouring instants, as a log's are (the cached second), now and then a jump of up to a year.
            millis += random.nextInt(10) == 0 ? random.nextLong(366L * 24 * 3600 * 1000) : random.nextInt(700);
            StringBuilder made = new StringBuilder();
            timestamps.append(millis, made);
            assertEquals(expected.format(new Date(millis)), made.toString(), "at " + millis + " in " + zoneId);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1711846799999L, 1711846800000L, 1729990799999L, 1729990800000L, 0L, -1L, 253402300799999L})
    void aroundDaylightSavingChangesTheEpochAndYear9999(long millis) {
        TimeZone berlin = TimeZone.getTimeZone("Europe/Berlin");
        SimpleDateFormat expected = new SimpleDateFormat(PATTERN);
        expected.setTimeZone(berlin);
        LogTimestamps timestamps = new LogTimestamps(berlin);
        for (long at = millis - 1; at <= millis + 1; at++) {
            StringBuilder made = new StringBuilder();
            timestamps.append(at, made);
            assertEquals(expected.format(new Date(at)), made.toString());
        }
    }
}
