package org.reportschedules.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.reportschedules.config.Setting;
import org.reportschedules.config.Setting.PathPart;
import org.reportschedules.config.ValueParsers;
import org.reportschedules.journal.RequestJournal;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.pay.ScheduleByIdShape;
import org.reportschedules.scheduler.ReportMaking;

import static org.reportschedules.config.ValueParsers.choice;
import static org.reportschedules.config.ValueParsers.duration;
import static org.reportschedules.config.ValueParsers.oneOf;
import static org.reportschedules.config.ValueParsers.path;
import static org.reportschedules.config.ValueParsers.spellings;
import static org.reportschedules.config.ValueParsers.text;
import static org.reportschedules.config.ValueParsers.wholeNumber;
import static org.reportschedules.config.ValueParsers.wholeNumberUpToIntMax;

/**
 * Every setting of the stub, declared once: its flag, environment variable (REPORT_SCHEDULES_ and the flag in upper
 * snake case) and config-file key come from the name. A new setting is a constant here, listed in {@link #ALL}, and
 * read where {@link StartupSettings} builds {@link StubSettings}.
 */
final class StubOptions {

    static final Setting<Integer> PORT = Setting.of("port", "N", ValueParsers.port(),
                    "Port to listen on; 0 picks a free one.")
            .withDefault("" + StubSettings.DEFAULT_PORT).alsoFromEnvironment("PORT");

    static final Setting<String> HOST = Setting.of("host", "HOST", text(),
                    "Interface to listen on; 0.0.0.0 for every interface.")
            .withDefault(StubSettings.DEFAULT_HOST);

    static final Setting<ScheduleByIdShape> SCHEDULE_BY_ID_SHAPE = Setting.of("schedule-by-id-shape", spellings(ScheduleByIdShape.class),
                    choice(ScheduleByIdShape.class),
                    "Get Report Schedule By Id answers flat (as the SDKs read it) or wrapped (as Amazon's page shows it).")
            .withDefault("flat");

    static final Setting<Integer> SCHEDULE_CONFLICT_STATUS = Setting.of("schedule-conflict-status", "400|409", oneOf(400, 409),
                    "Status of a create refused because the report type is already scheduled: 400 or 409.")
            .withDefault("400");

    static final Setting<String> PAY_PUBLIC_KEY = Setting.of("pay-public-key", "PUBLIC_KEY_ID=PEM_FILE", text(),
                    "An Amazon Pay public key (RSA, PEM '-----BEGIN PUBLIC KEY-----') whose request signatures are verified, "
                            + "registered under its public key id. Repeatable.")
            .asRepeatable().pathIn(PathPart.AFTER_EQUALS);

    static final Setting<PaySignatureMode> PAY_SIGNATURE_MODE = Setting.of("pay-signature-mode", spellings(PaySignatureMode.class),
                    choice(PaySignatureMode.class),
                    "off checks no Amazon Pay signature; verify-known verifies requests signed with a registered key and accepts "
                            + "unsigned requests and other keys; strict refuses unsigned requests and unknown keys.")
            .withDefault("verify-known");

    static final Setting<String> MWS_KEY = Setting.of("mws-key", "ACCESS_KEY_ID=SECRET", text(),
                    "An MWS access key whose Signature Version 2 signatures are verified. Repeatable; "
                            + "the environment keeps secrets out of process lists.")
            .asRepeatable().secretAfterEquals();

    static final Setting<SignatureMode> MWS_SIGNATURE_MODE = Setting.of("mws-signature-mode", spellings(SignatureMode.class),
                    choice(SignatureMode.class),
                    "off checks no signature; verify-known checks requests signed with a configured key and accepts other keys "
                            + "unchecked; strict also refuses unknown keys.")
            .withDefault("verify-known");

    static final Setting<MwsSettings.Throttling> MWS_THROTTLING = Setting.of("mws-throttling", "on|off", choice(MwsSettings.Throttling.class),
                    "on: each action's documented quota is enforced (the schedule actions: burst 10, 1 restored per 45 s, "
                            + "80 an hour); off: never throttled.")
            .withDefault("on");

    static final Setting<MwsSettings.ReportTypeRule> MWS_REPORT_TYPES = Setting.of("mws-report-types", "strict|lenient",
                    choice(MwsSettings.ReportTypeRule.class),
                    "strict: only order and Amazon Product Ads reports can be scheduled, as documented; lenient: any report type, "
                            + "as the live service allowed.")
            .withDefault("strict");

    static final Setting<StubSettings.AdminApi> ADMIN = Setting.of("admin", "on|off", choice(StubSettings.AdminApi.class),
                    "on: the stub-only controls under /__admin (clock, report outcomes, reset); off: no admin API, its paths answer "
                            + "like any unknown path (for a stub that partners share).")
            .withDefault("on");

    static final Setting<Duration> REPORT_PROCESSING_DELAY = Setting.of("report-processing-delay", "DURATION",
                    duration(Duration.ZERO, ReportMaking.KEPT_FOR, false),
                    "How long a report stays IN_PROGRESS before it ends (COMPLETED unless a test planned otherwise): an ISO 8601 "
                            + "duration from PT0S up to P90D.")
            .withDefault(ReportMaking.DEFAULT_PROCESSING_DELAY.toString());

    static final Setting<Long> HTTPS_PORT = Setting.of("https-port", "N", wholeNumber(0, 65535),
                    "Also serve HTTPS on this port (0 picks a free one), beside plain HTTP: the same stub, the same state. Without a "
                            + "keystore the certificate is self-signed, made at start; its SHA-256 fingerprint is printed.")
            .unsetMeaning("no HTTPS");

    static final Setting<Path> TLS_CERT_OUT = Setting.of("tls-cert-out", "FILE", path(),
                    "Write the HTTPS certificate to FILE (PEM) at start, for clients to trust. Needs --https-port.")
            .pathIn(PathPart.WHOLE);

    static final Setting<Path> TLS_KEYSTORE = Setting.of("tls-keystore", "FILE", path(),
                    "Serve HTTPS with the one private key and certificate of this PKCS#12 keystore instead of a self-signed "
                            + "certificate. Needs --https-port.")
            .pathIn(PathPart.WHOLE).unsetMeaning("self-signed");

    static final Setting<String> TLS_KEYSTORE_PASSWORD_ENV = Setting.of("tls-keystore-password-env", "NAME", text(),
                    "The environment variable holding the --tls-keystore password (never a flag: flags show in process lists).")
            .withDefault("REPORT_SCHEDULES_TLS_PASSWORD");

    static final Setting<Path> DATA_DIR = Setting.of("data-dir", "DIR", path(),
                    "Keep the state (schedules, reports, idempotency keys, id counters, the clock's setting) in DIR (SQLite; created "
                            + "when missing) and carry on from it at the next start. A directory another stub is using, or one "
                            + "written by another version or damaged, is refused.")
            .pathIn(PathPart.WHOLE).unsetMeaning("memory only");

    static final Setting<Path> SEED = Setting.of("seed", "FILE", path(),
                    "Start with the schedules and reports of this seed file (JSON or YAML; see the README's \"Seed data\"), and return "
                            + "to them at each POST /__admin/reset. With --data-dir it is loaded only into a directory that holds no "
                            + "records yet.")
            .pathIn(PathPart.WHOLE).unsetMeaning("start empty");

    static final Setting<Long> MAX_BODY_BYTES = Setting.of("max-body-bytes", "N", wholeNumber(1, Long.MAX_VALUE),
                    "Longest request body read, in bytes; a longer one gets 413 in the dialect's format.")
            .withDefault("" + ServerLimits.DEFAULT_MAX_BODY_BYTES);

    // Grizzly's keep-alive timer counts whole seconds; an hour already lets an idle client hold a connection for long.
    static final Setting<Duration> IDLE_TIMEOUT = Setting.of("idle-timeout", "DURATION",
                    duration(Duration.ofSeconds(1), Duration.ofHours(1), true),
                    "How long a connection may stay silent between requests, take to send a request's head, or stall in its body "
                            + "before it is closed: an ISO 8601 duration in whole seconds from PT1S up to PT1H.")
            .withDefault("PT30S");

    static final Setting<Integer> MAX_CONNECTIONS = Setting.of("max-connections", "N", wholeNumberUpToIntMax(1),
                    "Open connections per port beyond which a new one is closed at once.")
            .withDefault("" + ServerLimits.DEFAULT_MAX_CONNECTIONS);

    static final Setting<Integer> JOURNAL_SIZE = Setting.of("journal-size", "N", wholeNumberUpToIntMax(0),
                    "How many answered requests the request journal (GET /__admin/requests) keeps, the oldest dropped first; "
                            + "0 keeps none.")
            .withDefault("" + RequestJournal.DEFAULT_CAPACITY);

    /**
     * In the order --help, --print-config and the README list them. A file setting (--seed FILE) is a
     * {@code Setting<Path>} with {@code pathIn(PathPart.WHOLE)}, so a file beside the config file is found from there.
     */
    static final List<Setting<?>> ALL = List.of(PORT, HOST, SCHEDULE_BY_ID_SHAPE, SCHEDULE_CONFLICT_STATUS, PAY_PUBLIC_KEY,
            PAY_SIGNATURE_MODE, MWS_KEY, MWS_SIGNATURE_MODE, MWS_THROTTLING, MWS_REPORT_TYPES, ADMIN, REPORT_PROCESSING_DELAY,
            HTTPS_PORT, TLS_CERT_OUT, TLS_KEYSTORE, TLS_KEYSTORE_PASSWORD_ENV, DATA_DIR, SEED, MAX_BODY_BYTES, IDLE_TIMEOUT,
            MAX_CONNECTIONS, JOURNAL_SIZE);

    private StubOptions() {
    }
}
