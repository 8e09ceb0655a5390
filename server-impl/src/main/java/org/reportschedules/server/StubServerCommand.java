package org.reportschedules.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

import org.reportschedules.clock.StubClock;
import org.reportschedules.docs.DocsPage;
import org.reportschedules.docs.ServedContracts;
import org.reportschedules.journal.RequestJournal;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SigningKeys;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.pay.ScheduleByIdShape;
import org.reportschedules.text.EchoedValue;
import org.reportschedules.store.sqlite.DataDirectoryRefused;
import org.reportschedules.tls.HttpsSettings;
import org.reportschedules.tls.KeystoreFile;
import org.reportschedules.tls.TlsIdentity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code java -jar report-schedules-stub.jar}: starts the stub and serves until SIGTERM or Ctrl-C. */
@Command(name = "report-schedules-stub", mixinStandardHelpOptions = true, version = "report-schedules-stub 0.1.0",
        description = "A stateful stub of the Amazon Pay v2 and MWS report-schedule APIs.",
        sortOptions = false)
public final class StubServerCommand implements Callable<Integer> {

    // No picocli default: the environment is read in portNumber(), so a bad PORT is reported as PORT.
    @Option(names = "--port", paramLabel = "N",
            description = "Port to listen on; 0 picks a free one. Default: $PORT, else 8080.")
    String port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = StubSettings.DEFAULT_HOST,
            description = "Interface to listen on. Default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface.")
    String host;

    @Option(names = "--schedule-by-id-shape", paramLabel = "flat|wrapped", defaultValue = "flat",
            description = "Get Report Schedule By Id answers flat (as the SDKs read it) or wrapped "
                    + "(as Amazon's page shows it). Default: ${DEFAULT-VALUE}.")
    ScheduleByIdShape scheduleByIdShape;

    @Option(names = "--schedule-conflict-status", paramLabel = "400|409", defaultValue = "400",
            description = "Status of a create refused because the report type is already scheduled: 400 or 409. "
                    + "Default: ${DEFAULT-VALUE}.")
    int scheduleConflictStatus;

    @Option(names = "--pay-public-key", paramLabel = "PUBLIC_KEY_ID=PEM_FILE",
            description = "An Amazon Pay public key (RSA, PEM '-----BEGIN PUBLIC KEY-----') whose request signatures are "
                    + "verified, registered under its public key id. Repeatable.")
    List<String> payPublicKeys = new ArrayList<>();

    @Option(names = "--pay-signature-mode", paramLabel = "off|verify-known|strict", defaultValue = "verify-known",
            converter = PaySignatureModeConverter.class,
            description = "off checks no Amazon Pay signature; verify-known verifies requests signed with a registered key and "
                    + "accepts unsigned requests and other keys; strict refuses unsigned requests and unknown keys. "
                    + "Default: ${DEFAULT-VALUE}.")
    PaySignatureMode paySignatureMode;

    @Option(names = "--mws-key", paramLabel = "ACCESS_KEY_ID=SECRET",
            description = "An MWS access key whose Signature Version 2 signatures are verified. Repeatable.")
    List<String> mwsKeys = new ArrayList<>();

    @Option(names = "--mws-signature-mode", paramLabel = "off|verify-known|strict", defaultValue = "verify-known",
            converter = SignatureModeConverter.class,
            description = "off checks no signature; verify-known checks requests signed with a configured key and "
                    + "accepts other keys unchecked; strict also refuses unknown keys. Default: ${DEFAULT-VALUE}.")
    SignatureMode mwsSignatureMode;

    @Option(names = "--mws-throttling", paramLabel = "on|off", defaultValue = "on", arity = "1",
            description = "on: each action's documented quota is enforced (the schedule actions: burst 10, 1 restored per 45 s, 80 an hour); "
                    + "off: never throttled. Default: ${DEFAULT-VALUE}.")
    MwsSettings.Throttling mwsThrottling;

    @Option(names = "--mws-report-types", paramLabel = "strict|lenient", defaultValue = "strict",
            description = "strict: only order and Amazon Product Ads reports can be scheduled, as documented; "
                    + "lenient: any report type, as the live service allowed. Default: ${DEFAULT-VALUE}.")
    MwsSettings.ReportTypeRule mwsReportTypes;

    @Option(names = "--admin", paramLabel = "on|off", defaultValue = "on", arity = "1",
            description = "on: the stub-only controls under /__admin (clock, report outcomes, reset); off: no admin API, "
                    + "its paths answer like any unknown path (for a stub that partners share). Default: ${DEFAULT-VALUE}.")
    StubSettings.AdminApi admin;

    @Option(names = "--report-processing-delay", paramLabel = "DURATION", defaultValue = "PT5S",
            converter = DurationConverter.class,
            description = "How long a report stays IN_PROGRESS before it ends (COMPLETED unless a test planned otherwise): "
                    + "an ISO 8601 duration from PT0S up to P90D. Default: ${DEFAULT-VALUE}.")
    Duration reportProcessingDelay;

    @Option(names = "--https-port", paramLabel = "N",
            description = "Also serve HTTPS on this port (0 picks a free one), beside plain HTTP: the same stub, the same state. "
                    + "Without a keystore the certificate is self-signed, made at start; its SHA-256 fingerprint is printed. "
                    + "Default: no HTTPS.")
    Integer httpsPort;

    @Option(names = "--tls-cert-out", paramLabel = "FILE",
            description = "Write the HTTPS certificate to FILE (PEM) at start, for clients to trust. Needs --https-port.")
    Path tlsCertOut;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the state (schedules, reports, idempotency keys, id counters, the clock's setting) in DIR "
                    + "(SQLite; created when missing) and carry on from it at the next start. A directory another stub is using, "
                    + "or one written by another version or damaged, is refused. Default: memory only.")
    Path dataDir;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "" + ServerLimits.DEFAULT_MAX_BODY_BYTES,
            description = "Longest request body read, in bytes; a longer one gets 413 in the dialect's format. Default: ${DEFAULT-VALUE} (1 MiB).")
    long maxBodyBytes;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "PT30S", converter = DurationConverter.class,
            description = "How long a connection may stay silent between requests, take to send a request's head, or stall in its body "
                    + "before it is closed: an ISO 8601 duration in whole seconds from PT1S up to PT1H. Default: ${DEFAULT-VALUE}.")
    Duration idleTimeout;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "" + ServerLimits.DEFAULT_MAX_CONNECTIONS,
            description = "Open connections per port beyond which a new one is closed at once. Default: ${DEFAULT-VALUE}.")
    int maxConnections;

    @Option(names = "--journal-size", paramLabel = "N", defaultValue = "" + RequestJournal.DEFAULT_CAPACITY,
            description = "How many answered requests the request journal (GET /__admin/requests) keeps, the oldest dropped "
                    + "first; 0 keeps none. Default: ${DEFAULT-VALUE}.")
    int journalSize;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "Serve HTTPS with the one private key and certificate of this PKCS#12 keystore instead of a "
                    + "self-signed certificate. Needs --https-port.")
    Path tlsKeystore;

    @Option(names = "--tls-keystore-password-env", paramLabel = "NAME", defaultValue = DEFAULT_KEYSTORE_PASSWORD_ENV,
            description = "The environment variable holding the --tls-keystore password (never a flag: flags show in "
                    + "process lists). Default: ${DEFAULT-VALUE}.")
    String tlsKeystorePasswordEnv;

    static final String DEFAULT_KEYSTORE_PASSWORD_ENV = "REPORT_SCHEDULES_TLS_PASSWORD";

    @Spec
    CommandSpec spec;

    /** Where PORT and the keystore password are read; tests give their own environment. */
    private final UnaryOperator<String> environment;

    private StubServerCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        BatchedStandardError.install();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return commandLine(System::getenv);
    }

    static CommandLine commandLine(UnaryOperator<String> environment) {
        CommandLine commandLine = new CommandLine(new StubServerCommand(environment)).setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine.IParameterExceptionHandler standard = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((error, args) -> {
            if (error instanceof SettingRefused) {
                error.getCommandLine().getErr().println(error.getMessage());
                return error.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
            }
            return standard.handleParseException(error, args);
        });
        return commandLine;
    }

    StubSettings settings() {
        int portNumber = portNumber();
        PayPublicKeys payKeys;
        try {
            payKeys = PayPublicKeys.parse(payPublicKeys);
        } catch (IllegalArgumentException e) {
            throw new SettingRefused(spec.commandLine(), e.getMessage());
        }
        Optional<HttpsSettings> https = https(portNumber);
        try {
            MwsSettings mws = new MwsSettings(mwsSignatureMode, SigningKeys.parse(mwsKeys), mwsThrottling, mwsReportTypes);
            return new StubSettings(listenHost(), portNumber, StubClock.system(), new PaySettings(scheduleByIdShape, scheduleConflictStatus,
                    paySignatureMode, payKeys), mws,
                    admin, reportProcessingDelay, https, Optional.ofNullable(dataDir), limits(), journalSize);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The HTTPS flags, checked together: each mistake is one line, before anything starts. */
    private Optional<HttpsSettings> https(int portNumber) {
        if (httpsPort == null) {
            if (tlsCertOut != null || tlsKeystore != null) {
                throw new SettingRefused(spec.commandLine(), (tlsCertOut != null ? "--tls-cert-out" : "--tls-keystore")
                        + " needs --https-port: without it the stub serves no HTTPS and has no certificate");
            }
            return Optional.empty();
        }
        if (httpsPort < 0 || httpsPort > 65535) {
            throw new SettingRefused(spec.commandLine(), "--https-port must be between 0 and 65535, not " + httpsPort);
        }
        if (httpsPort != 0 && httpsPort == portNumber) {
            throw new SettingRefused(spec.commandLine(), "--https-port " + httpsPort + " is the plain HTTP port (--port) too: "
                    + "give each its own port");
        }
        if (tlsKeystore == null) {
            return Optional.of(HttpsSettings.selfSigned(httpsPort));
        }
        String password = environment.apply(tlsKeystorePasswordEnv);
        if (password == null) {
            throw new SettingRefused(spec.commandLine(), "--tls-keystore " + tlsKeystore + ": the environment variable "
                    + tlsKeystorePasswordEnv + " (its password) is not set; set it, or name another with --tls-keystore-password-env");
        }
        try {
            return Optional.of(new HttpsSettings(httpsPort, Optional.of(KeystoreFile.read(tlsKeystore, password.toCharArray()))));
        } catch (IllegalArgumentException e) {
            throw new SettingRefused(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * A host, key, keystore or HTTPS setting that cannot be used (--host, --pay-public-key, --tls-keystore, ...): one
     * line saying which and why, without the usage text.
     */
    static final class SettingRefused extends CommandLine.ParameterException {
        SettingRefused(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    /** The limit flags, each refused in one line naming it and its range. */
    private ServerLimits limits() {
        if (maxBodyBytes < 1) {
            throw new SettingRefused(spec.commandLine(), "--max-body-bytes must be at least 1, not " + maxBodyBytes);
        }
        if (idleTimeout.compareTo(MIN_IDLE_TIMEOUT) < 0 || idleTimeout.compareTo(MAX_IDLE_TIMEOUT) > 0 || idleTimeout.getNano() != 0) {
            throw new SettingRefused(spec.commandLine(), "--idle-timeout must be whole seconds from PT1S up to PT1H, not " + idleTimeout);
        }
        if (maxConnections < 1) {
            throw new SettingRefused(spec.commandLine(), "--max-connections must be at least 1, not " + maxConnections);
        }
        return new ServerLimits(maxBodyBytes, ServerLimits.DEFAULT_MAX_HEAD_BYTES, idleTimeout, maxConnections);
    }

    // Grizzly's keep-alive timer counts whole seconds; an hour already lets an idle client hold a connection for long.
    private static final Duration MIN_IDLE_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration MAX_IDLE_TIMEOUT = Duration.ofHours(1);

    private String listenHost() {
        try {
            return ListenHost.checked(host);
        } catch (IllegalArgumentException e) {
            throw new SettingRefused(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * --port, else the environment's PORT; an empty PORT (as some process managers set it) means the default, like an
     * absent one. A refusal names where the value came from, so a bad PORT is not blamed on a flag nobody gave.
     */
    private int portNumber() {
        String given = port != null ? port : environment.apply("PORT");
        String source = port != null ? "--port" : "The environment variable PORT";
        String text = given == null || given.isBlank() ? Integer.toString(StubSettings.DEFAULT_PORT) : given.trim();
        try {
            int number = Integer.parseInt(text);
            if (number >= 0 && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value the user gave
        }
        throw new SettingRefused(spec.commandLine(), source + " must be a port number between 0 and 65535, not "
                + EchoedValue.of(given));
    }

    /** The mode's documented spelling is lower case with a hyphen (verify-known), as in every other flag. */
    static final class SignatureModeConverter implements CommandLine.ITypeConverter<SignatureMode> {
        @Override
        public SignatureMode convert(String value) {
            try {
                return SignatureMode.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected off, verify-known or strict, not '" + value + "'");
            }
        }
    }

    /** As {@link SignatureModeConverter}, for the Amazon Pay modes. */
    static final class PaySignatureModeConverter implements CommandLine.ITypeConverter<PaySignatureMode> {
        @Override
        public PaySignatureMode convert(String value) {
            try {
                return PaySignatureMode.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected off, verify-known or strict, not '" + value + "'");
            }
        }
    }

    /** An ISO 8601 duration (PT5S, PT1M30S); {@link StubSettings} checks its range. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return Duration.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected an ISO 8601 duration such as PT5S, not '" + value + "'");
            }
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        StubSettings settings = settings();
        if (settings.mws().signatureMode() == SignatureMode.STRICT && settings.mws().signingKeys().accessKeyIds().isEmpty()) {
            System.err.println("Warning: --mws-signature-mode strict without any --mws-key refuses every MWS request.");
        }
        if (settings.pay().signatureMode() == PaySignatureMode.STRICT && settings.pay().publicKeys().ids().isEmpty()) {
            System.err.println("Warning: --pay-signature-mode strict without any --pay-public-key refuses every Amazon Pay request "
                    + "until keys are registered (PUT /__admin/pay-public-keys/{publicKeyId}).");
        }
        StubServer server;
        try {
            server = StubServer.start(settings);
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        } catch (DataDirectoryRefused e) {
            System.err.println(e.getMessage());
            return 1;
        }
        if (!writeCertificate(server)) {
            server.close();
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            BatchedStandardError.writeNow();
            System.out.println("Report schedules stub stopped.");
            stopped.countDown();
        }, "stub-shutdown"));
        System.out.println("Report schedules stub serving at " + server.uri()
                + " (Amazon Pay: " + server.uri() + "/v2/report-schedules, MWS: " + server.uri()
                + "/Reports/2009-01-01). Ctrl-C stops it.");
        System.out.println("API docs at " + server.uri() + DocsPage.PATH + " (contracts under " + server.uri() + ServedContracts.PATH + "/)");
        settings.dataDir().ifPresent(dir -> System.out.println("State kept in " + dir + " (SQLite)."));
        server.httpsUri().ifPresent(https -> System.out.println("HTTPS at " + https + " (certificate SHA-256 fingerprint "
                + server.tlsIdentity().orElseThrow().sha256Fingerprint() + (tlsCertOut == null ? "" : ", written to " + tlsCertOut) + ")"));
        stopped.await();
        return 0;
    }

    /** Before the start-up lines are printed, so a client that waits for them finds the file. */
    private boolean writeCertificate(StubServer server) {
        Optional<TlsIdentity> identity = server.tlsIdentity();
        if (tlsCertOut == null || identity.isEmpty()) {
            return true;
        }
        try {
            Files.writeString(tlsCertOut, identity.get().certificatePem());
            return true;
        } catch (IOException e) {
            System.err.println("--tls-cert-out " + tlsCertOut + " cannot be written: " + e.getMessage());
            return false;
        }
    }
}
