package org.reportschedules.server;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

/**
 * The log's time stamp, {@code yyyy-MM-dd'T'HH:mm:ss.SSSX} in the JVM's time zone, as slf4j-simple writes it (the
 * pattern is the one simplelogger.properties gives), made without slf4j-simple's lock around one shared
 * {@link SimpleDateFormat}: the text up to the second and the zone are formatted once a second, the milliseconds
 * written into it. A zone's offset only changes on a whole second, so the cached parts hold for every millisecond
 * of theirs.
 */
final class LogTimestamps {

    /** The parts of one second's stamps around its milliseconds. */
    private record Second(long epochSecond, String upToMillis, String zone) {
    }

    private final TimeZone zone;
    private volatile Second last = new Second(Long.MIN_VALUE, "", "");

    LogTimestamps(TimeZone zone) {
        this.zone = zone;
    }

    static LogTimestamps inDefaultZone() {
        return new LogTimestamps(TimeZone.getDefault());
    }

    void append(long epochMillis, StringBuilder line) {
        long epochSecond = Math.floorDiv(epochMillis, 1000);
        Second second = last;
        if (second.epochSecond() != epochSecond) {
            second = format(epochSecond);
            last = second; // a race only formats the same second twice
        }
        int millis = (int) Math.floorMod(epochMillis, 1000);
        line.append(second.upToMillis()).append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10)).append(second.zone());
    }

    private Second format(long epochSecond) {
        Date start = new Date(epochSecond * 1000);
        return new Second(epochSecond, pattern("yyyy-MM-dd'T'HH:mm:ss.").format(start), pattern("X").format(start));
    }

    private SimpleDateFormat pattern(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern);
        format.setTimeZone(zone);
        return format;
    }
}
