package org.reportschedules.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.reportschedules.clock.StubClock;
import org.reportschedules.journal.RequestJournal;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.seed.Seed;
import org.reportschedules.tls.HttpsSettings;

/**
 * Everything the stub can be told at start-up.
 *
 * @param host                  interface to listen on
 * @param port                  port to listen on; 0 picks a free one
 * @param clock                 where every time-dependent rule reads the time; the admin API moves it
 * @param pay                   the Amazon Pay dialect's switchable choices
 * @param mws                   the MWS dialect's keys, signature mode, throttling and report-type rule
 * @param admin                 whether the stub-only controls under /__admin exist
 * @param reportProcessingDelay how long a report stays IN_PROGRESS after its creation, from none up to
 *                              {@link ReportMaking#KEPT_FOR} (a report is kept no longer)
 * @param https                 a secure port beside the plain one, on the same host, serving the same stub; empty for none
 * @param dataDir               where the state is kept across restarts (SQLite); empty to keep it in memory only
 * @param limits                request sizes, timeouts and the connection cap
 * @param journalSize           how many answered requests the request journal keeps (the oldest dropped first); 0 keeps none
 * @param seed                  the schedules and reports the stub starts with and returns to at each reset; empty to start empty
 */
public record StubSettings(String host, int port, StubClock clock, PaySettings pay, MwsSettings mws, AdminApi admin,
                           Duration reportProcessingDelay, Optional<HttpsSettings> https, Optional<Path> dataDir,
                           ServerLimits limits, int journalSize, Optional<Seed> seed) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    /** Whether the stub serves its admin API; off for a stub that partners share, who must not move its clock. */
    public enum AdminApi { ON, OFF }

    public StubSettings {
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(https, "https");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(seed, "seed");
        if (https.isPresent() && port != 0 && https.get().port() == port) {
            throw new IllegalArgumentException("--https-port " + port + " is the plain HTTP port too: give each its own port");
        }
        if (journalSize < 0) {
            throw new IllegalArgumentException("--journal-size must be 0 (no journal) or more, not " + journalSize);
        }
        if (reportProcessingDelay.isNegative() || reportProcessingDelay.compareTo(ReportMaking.KEPT_FOR) > 0) {
            throw new IllegalArgumentException("The report processing delay must be from PT0S up to P" + ReportMaking.KEPT_FOR.toDays()
                    + "D, how long reports are kept.");
        }
    }

    /** In memory only, with the default limits and journal size. */
    public StubSettings(String host, int port, StubClock clock, PaySettings pay, MwsSettings mws, AdminApi admin,
                        Duration reportProcessingDelay, Optional<HttpsSettings> https) {
        this(host, port, clock, pay, mws, admin, reportProcessingDelay, https, Optional.empty(), ServerLimits.defaults(),
                RequestJournal.DEFAULT_CAPACITY, Optional.empty());
    }

    /** The embedded defaults, on the given port. */
    public static StubSettings onPort(int port) {
        return new StubSettings(DEFAULT_HOST, port, StubClock.system(), PaySettings.defaults(), MwsSettings.defaults(),
                AdminApi.ON, ReportMaking.DEFAULT_PROCESSING_DELAY, Optional.empty());
    }

    public StubSettings withPay(PaySettings newPay) {
        return new StubSettings(host, port, clock, newPay, mws, admin, reportProcessingDelay, https, dataDir, limits, journalSize, seed);
    }

    public StubSettings withMws(MwsSettings newMws) {
        return new StubSettings(host, port, clock, pay, newMws, admin, reportProcessingDelay, https, dataDir, limits, journalSize, seed);
    }

    public StubSettings withAdmin(AdminApi newAdmin) {
        return new StubSettings(host, port, clock, pay, mws, newAdmin, reportProcessingDelay, https, dataDir, limits, journalSize, seed);
    }

    public StubSettings withReportProcessingDelay(Duration newDelay) {
        return new StubSettings(host, port, clock, pay, mws, admin, newDelay, https, dataDir, limits, journalSize, seed);
    }

    public StubSettings withHttps(HttpsSettings newHttps) {
        return new StubSettings(host, port, clock, pay, mws, admin, reportProcessingDelay, Optional.of(newHttps), dataDir, limits, journalSize, seed);
    }

    public StubSettings withDataDir(Path newDataDir) {
        return new StubSettings(host, port, clock, pay, mws, admin, reportProcessingDelay, https, Optional.of(newDataDir), limits, journalSize, seed);
    }

    public StubSettings withLimits(ServerLimits newLimits) {
        return new StubSettings(host, port, clock, pay, mws, admin, reportProcessingDelay, https, dataDir, newLimits, journalSize, seed);
    }

    public StubSettings withJournalSize(int newJournalSize) {
        return new StubSettings(host, port, clock, pay, mws, admin, reportProcessingDelay, https, dataDir, limits, newJournalSize, seed);
    }

    public StubSettings withSeed(Seed newSeed) {
        return new StubSettings(host, port, clock, pay, mws, admin, reportProcessingDelay, https, dataDir, limits, journalSize, Optional.of(newSeed));
    }
}
