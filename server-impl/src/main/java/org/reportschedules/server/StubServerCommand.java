package org.reportschedules.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;

import org.reportschedules.admin.StubVersions;
import org.reportschedules.config.CommandLineSettings;
import org.reportschedules.config.ConfigFile;
import org.reportschedules.config.Configuration;
import org.reportschedules.config.ConfigurationRefused;
import org.reportschedules.config.PrintedConfiguration;
import org.reportschedules.config.Setting;
import org.reportschedules.config.SettingSource;
import org.reportschedules.contract.ContractFile;
import org.reportschedules.docs.DocsPage;
import org.reportschedules.docs.ServedContracts;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.seed.SeedRefused;
import org.reportschedules.store.sqlite.DataDirectoryRefused;
import org.reportschedules.tls.TlsIdentity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar report-schedules-stub.jar}: starts the stub and serves until SIGTERM or Ctrl-C. The settings
 * themselves are {@link StubOptions}; this class reads them (flag, environment, config file, default) and starts.
 */
@Command(name = "report-schedules-stub", mixinStandardHelpOptions = true, versionProvider = StubServerCommand.Version.class,
        description = "A stateful stub of the Amazon Pay v2 and MWS report-schedule APIs.",
        footer = {"", "Every setting is also read from its environment variable and from the --config file (YAML; keys are the "
                + "flags without their dashes, paths relative to the file). A flag wins over the environment, the environment "
                + "over the file, the file over the default."},
        sortOptions = false)
public final class StubServerCommand implements Callable<Integer> {

    static final String CONFIG_VARIABLE = Setting.ENVIRONMENT_PREFIX + "CONFIG";

    @Option(names = "--config", paramLabel = "FILE", order = -2,
            description = "Read settings from this YAML file (port: 8080, mws-key: [AKID=secret], ...). Env: " + CONFIG_VARIABLE + ".")
    Path configFile;

    @Option(names = "--print-config", order = -1,
            description = "Print the effective configuration (each setting, its value and where it came from; secrets masked) "
                    + "as a config file, and exit without starting.")
    boolean printConfig;

    @Spec
    CommandSpec spec;

    /** Where the settings' variables and the keystore password are read; tests give their own environment. */
    private final UnaryOperator<String> environment;

    private StubServerCommand(UnaryOperator<String> environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        BatchedStandardError.install();
        // Parsing the contracts' YAML is one of the longest steps of a start; on its own thread it overlaps with the others.
        ContractFile.readAhead();
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return commandLine(System::getenv);
    }

    static CommandLine commandLine(UnaryOperator<String> environment) {
        CommandLine commandLine = new CommandLine(new StubServerCommand(environment));
        CommandLineSettings.addOptions(commandLine.getCommandSpec(), StubOptions.ALL);
        // One line for any mistake, without the usage text (which --help shows).
        commandLine.setParameterExceptionHandler((error, args) -> {
            error.getCommandLine().getErr().println(error instanceof SettingRefused ? error.getMessage()
                    : error.getMessage() + " (--help lists the settings)");
            return error.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine;
    }

    /** A setting that cannot be used, from whichever source: one line saying which, where from, and why. */
    static final class SettingRefused extends CommandLine.ParameterException {
        SettingRefused(CommandLine commandLine, String message) {
            super(commandLine, message);
        }
    }

    /** Flags over the environment over the config file over the defaults. */
    Configuration configuration() {
        try {
            Map<Setting<?>, List<String>> flags = CommandLineSettings.given(spec.commandLine().getParseResult(), StubOptions.ALL);
            Optional<Path> file = Optional.ofNullable(configFile)
                    .or(() -> Optional.ofNullable(environment.apply(CONFIG_VARIABLE)).filter(name -> !name.isBlank()).map(Path::of));
            String namedBy = configFile != null ? "--config" : "The environment variable " + CONFIG_VARIABLE + " names";
            Map<Setting<?>, List<String>> fileTexts = file.map(path -> ConfigFile.read(path, namedBy, StubOptions.ALL)).orElse(Map.of());
            return Configuration.resolve(StubOptions.ALL, flags, environment, fileTexts,
                    new SettingSource.ConfigFile(file.orElse(Path.of(""))));
        } catch (ConfigurationRefused e) {
            throw new SettingRefused(spec.commandLine(), e.getMessage());
        }
    }

    StubSettings settings() {
        return settings(configuration());
    }

    private StubSettings settings(Configuration configuration) {
        try {
            return StartupSettings.of(configuration, environment);
        } catch (ConfigurationRefused e) {
            throw new SettingRefused(spec.commandLine(), e.getMessage());
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        Configuration configuration = configuration();
        StubSettings settings = settings(configuration);
        if (printConfig) {
            spec.commandLine().getOut().print(PrintedConfiguration.of(configuration, spec.name() + " " + StubVersions.read().version()
                    + ": the effective configuration, usable as --config FILE (masked secrets must be given again)"));
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (settings.mws().signatureMode() == SignatureMode.STRICT && settings.mws().signingKeys().accessKeyIds().isEmpty()) {
            System.err.println("Warning: --mws-signature-mode strict without any --mws-key refuses every MWS request.");
        }
        if (settings.pay().signatureMode() == PaySignatureMode.STRICT && settings.pay().publicKeys().ids().isEmpty()) {
            System.err.println("Warning: --pay-signature-mode strict without any --pay-public-key refuses every Amazon Pay request "
                    + "until keys are registered (PUT /__admin/pay-public-keys/{publicKeyId}).");
        }
        Optional<Path> certificateOut = configuration.optional(StubOptions.TLS_CERT_OUT);
        StubServer server;
        try {
            server = StubServer.start(settings);
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        } catch (DataDirectoryRefused | SeedRefused e) {
            System.err.println(e.getMessage());
            return 1;
        }
        if (!writeCertificate(server, certificateOut)) {
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
        settings.seed().ifPresent(seed -> System.out.println("Seed data from " + seed.source() + " (what POST /__admin/reset returns to)."));
        server.httpsUri().ifPresent(https -> System.out.println("HTTPS at " + https + " (certificate SHA-256 fingerprint "
                + server.tlsIdentity().orElseThrow().sha256Fingerprint() + certificateOut.map(file -> ", written to " + file).orElse("") + ")"));
        stopped.await();
        return 0;
    }

    /** Before the start-up lines are printed, so a client that waits for them finds the file. */
    private static boolean writeCertificate(StubServer server, Optional<Path> certificateOut) {
        Optional<TlsIdentity> identity = server.tlsIdentity();
        if (certificateOut.isEmpty() || identity.isEmpty()) {
            return true;
        }
        try {
            Files.writeString(certificateOut.get(), identity.get().certificatePem());
            return true;
        } catch (IOException e) {
            System.err.println("--tls-cert-out " + certificateOut.get() + " cannot be written: " + e.getMessage());
            return false;
        }
    }

    /** The version the build wrote, not a copy typed here. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"report-schedules-stub " + StubVersions.read().version()};
        }
    }
}
