package org.reportschedules.server;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.reportschedules.pay.PaySettings;
import org.reportschedules.pay.ScheduleByIdShape;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar report-schedules-stub.jar}: starts the stub and serves until SIGTERM or Ctrl-C. */
@Command(name = "report-schedules-stub", mixinStandardHelpOptions = true, version = "report-schedules-stub 0.1.0",
        description = "A stateful stub of the Amazon Pay v2 report-schedule API.",
        sortOptions = false)
public final class StubServerCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "${env:PORT:-8080}",
            description = "Port to listen on; 0 picks a free one. Default: $PORT, else 8080.")
    int port;

    @Option(names = "--host", defaultValue = StubSettings.DEFAULT_HOST,
            description = "Interface to listen on. Default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface.")
    String host;

    @Option(names = "--schedule-by-id-shape", defaultValue = "FLAT",
            description = "Get Report Schedule By Id answers FLAT (as the SDKs read it) or WRAPPED "
                    + "(as Amazon's page shows it). Default: ${DEFAULT-VALUE}.")
    ScheduleByIdShape scheduleByIdShape;

    @Option(names = "--schedule-conflict-status", defaultValue = "400",
            description = "Status of a create refused because the report type is already scheduled: 400 or 409. "
                    + "Default: ${DEFAULT-VALUE}.")
    int scheduleConflictStatus;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new StubServerCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    StubSettings settings() {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--port must be between 0 and 65535, not " + port);
        }
        try {
            return new StubSettings(host, port, Clock.systemUTC(), new PaySettings(scheduleByIdShape, scheduleConflictStatus));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        StubServer server = StubServer.start(settings());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stub-shutdown"));
        System.out.println("Report schedules stub serving at " + server.uri()
                + " (Amazon Pay: " + server.uri() + "/v2/report-schedules). Ctrl-C stops it.");
        stopped.await();
        return 0;
    }
}
