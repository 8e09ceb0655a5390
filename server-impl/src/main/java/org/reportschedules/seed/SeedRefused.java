package org.reportschedules.seed;

/**
 * A seed file the stub cannot start with: one line naming the file, the place in it and the mistake, e.g.
 * {@code seed.yaml: merchants[1].schedules[0].scheduleFrequency: P2W is not ...}.
 */
public final class SeedRefused extends RuntimeException {

    SeedRefused(String source, String place, String mistake) {
        super(source + ": " + (place.isEmpty() ? "" : place + ": ") + mistake);
    }
}
