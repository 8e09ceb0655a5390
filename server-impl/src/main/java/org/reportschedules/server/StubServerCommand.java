package org.reportschedules.server;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.reportschedules.admin.StubClock;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SigningKeys;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.pay.ScheduleByIdShape;
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

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:PORT:-8080}",
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

    @Option(names = "--mws-key", paramLabel = "ACCESS_KEY_ID=SECRET",
            description = "An MWS access key whose Signature Version 2 signatures are verified. Repeatable.")
    List<String> mwsKeys = new ArrayList<>();

    @Option(names = "--mws-signature-mode", paramLabel = "off|verify-known|strict", defaultValue = "verify-known",
            description = "off checks no signature; verify-known checks requests signed with a configured key and "
                    + "accepts other keys unchecked; strict also refuses unknown keys. Default: ${DEFAULT-VALUE}.")
    String mwsSignatureMode;

    @Option(names = "--mws-throttling", paramLabel = "on|off", defaultValue = "on", arity = "1",
            description = "on: the documented quotas are enforced (burst 10, 1 restored per 45 s, 80 an hour); "
                    + "off: never throttled. Default: ${DEFAULT-VALUE}.")
    String mwsThrottling;

    @Option(names = "--mws-report-types", paramLabel = "strict|lenient", defaultValue = "strict",
            description = "strict: only order and Amazon Product Ads reports can be scheduled, as documented; "
                    + "lenient: any report type, as the live service allowed. Default: ${DEFAULT-VALUE}.")
    String mwsReportTypes;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new StubServerCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    StubSettings settings() {
        int portNumber = portNumber();
        try {
            MwsSettings mws = new MwsSettings(signatureMode(mwsSignatureMode), SigningKeys.parse(mwsKeys),
                    choice("--mws-throttling", mwsThrottling, "on", "off"),
                    choice("--mws-report-types", mwsReportTypes, "strict", "lenient"));
            return new StubSettings(host, portNumber, StubClock.system(), new PaySettings(scheduleByIdShape, scheduleConflictStatus), mws);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** An empty PORT (as some process managers set it) means the default, like an absent one. */
    private int portNumber() {
        String text = port == null || port.isBlank() ? Integer.toString(StubSettings.DEFAULT_PORT) : port.trim();
        try {
            int number = Integer.parseInt(text);
            if (number >= 0 && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the value the user gave
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
    }

    private static SignatureMode signatureMode(String value) {
        try {
            return SignatureMode.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--mws-signature-mode must be off, verify-known or strict, not " + value);
        }
    }

    /** True for the first word, false for the second, a usage error for anything else. */
    private static boolean choice(String option, String value, String yes, String no) {
        if (value.equalsIgnoreCase(yes) || value.equalsIgnoreCase(no)) {
            return value.equalsIgnoreCase(yes);
        }
        throw new IllegalArgumentException(option + " must be " + yes + " or " + no + ", not " + value);
    }

    @Override
    public Integer call() throws InterruptedException {
        StubSettings settings = settings();
        if (settings.mws().signatureMode() == SignatureMode.STRICT && settings.mws().signingKeys().accessKeyIds().isEmpty()) {
            System.err.println("Warning: --mws-signature-mode strict without any --mws-key refuses every MWS request.");
        }
        StubServer server;
        try {
            server = StubServer.start(settings);
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.out.println("Report schedules stub stopped.");
            stopped.countDown();
        }, "stub-shutdown"));
        System.out.println("Report schedules stub serving at " + server.uri()
                + " (Amazon Pay: " + server.uri() + "/v2/report-schedules, MWS: " + server.uri()
                + "/Reports/2009-01-01). Ctrl-C stops it.");
        stopped.await();
        return 0;
    }
}
