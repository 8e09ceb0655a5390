package org.reportschedules.server;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.pay.ScheduleByIdShape;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.tls.SelfSignedCertificate;
import org.reportschedules.tls.TlsIdentity;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StubServerCommandTest {

    @Test
    void embeddedDefaults() {
        StubSettings settings = parse();
        assertEquals(StubSettings.DEFAULT_HOST, settings.host());
        assertEquals(ScheduleByIdShape.FLAT, settings.pay().scheduleByIdShape());
        assertEquals(400, settings.pay().scheduleConflictStatus());
        assertEquals(StubSettings.AdminApi.ON, settings.admin());
        assertEquals(ReportMaking.DEFAULT_PROCESSING_DELAY, settings.reportProcessingDelay());
        assertEquals(StubSettings.onPort(0).reportProcessingDelay(), settings.reportProcessingDelay(), "the same default embedded");
    }

    @Test
    void theAdminApiCanBeSwitchedOff() {
        assertEquals(StubSettings.AdminApi.OFF, parse("--admin", "off").admin());
        assertEquals(StubSettings.AdminApi.OFF, parse("--admin", "OFF").admin());
        assertEquals(StubSettings.AdminApi.ON, parse("--admin", "on").admin());
    }

    @Test
    void theReportProcessingDelayIsAnIso8601Duration() {
        assertEquals(Duration.ofMinutes(2), parse("--report-processing-delay", "PT2M").reportProcessingDelay());
        assertEquals(Duration.ZERO, parse("--report-processing-delay", "PT0S").reportProcessingDelay());
        assertEquals(Duration.ofDays(90), parse("--report-processing-delay", "P90D").reportProcessingDelay());
    }

    @Test
    void helpListsTheNewFlags() {
        String usage = StubServerCommand.commandLine().getUsageMessage();
        assertTrue(usage.contains("--admin=on|off"), usage);
        assertTrue(usage.contains("--report-processing-delay=DURATION"), usage);
        // Wrapping moves with the widest option label; the words are what matters.
        assertTrue(usage.replaceAll("\\s+", " ").contains("Default: PT5S"), usage);
        assertTrue(usage.contains("--https-port=N") && usage.contains("--tls-cert-out=FILE") && usage.contains("--tls-keystore=FILE")
                && usage.contains("--tls-keystore-password-env=NAME"), usage);
    }

    @Test
    void flagsOverrideTheDefaults() {
        StubSettings settings = parse("--port", "0", "--host", "0.0.0.0", "--schedule-by-id-shape", "wrapped",
                "--schedule-conflict-status", "409");
        assertEquals(0, settings.port());
        assertEquals("0.0.0.0", settings.host());
        assertEquals(ScheduleByIdShape.WRAPPED, settings.pay().scheduleByIdShape());
        assertEquals(409, settings.pay().scheduleConflictStatus());
    }

    @Test
    void mwsSwitchesAreReadAsTheirChoices() {
        MwsSettings defaults = parse().mws();
        assertEquals(SignatureMode.VERIFY_KNOWN, defaults.signatureMode());
        assertEquals(MwsSettings.Throttling.ON, defaults.throttling());
        assertEquals(MwsSettings.ReportTypeRule.STRICT, defaults.reportTypes());

        MwsSettings chosen = parse("--mws-signature-mode", "strict", "--mws-throttling", "off", "--mws-report-types", "lenient",
                "--mws-key", "AKID=secret=with=equals").mws();
        assertEquals(SignatureMode.STRICT, chosen.signatureMode());
        assertEquals(MwsSettings.Throttling.OFF, chosen.throttling());
        assertEquals(MwsSettings.ReportTypeRule.LENIENT, chosen.reportTypes());
        assertEquals("secret=with=equals", chosen.signingKeys().secretFor("AKID").orElseThrow());

        assertEquals(SignatureMode.VERIFY_KNOWN, parse("--mws-signature-mode", "Verify-Known").mws().signatureMode());
        assertEquals(SignatureMode.OFF, parse("--mws-signature-mode", "OFF").mws().signatureMode());
    }

    @Test
    void paySignatureSwitchesAreReadAsTheirChoices(@TempDir Path dir) throws Exception {
        assertEquals(PaySignatureMode.VERIFY_KNOWN, parse().pay().signatureMode());
        assertTrue(parse().pay().publicKeys().ids().isEmpty());
        assertEquals(PaySignatureMode.STRICT, parse("--pay-signature-mode", "strict").pay().signatureMode());
        assertEquals(PaySignatureMode.OFF, parse("--pay-signature-mode", "OFF").pay().signatureMode());
        assertEquals(PaySignatureMode.VERIFY_KNOWN, parse("--pay-signature-mode", "Verify-Known").pay().signatureMode());

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PublicKey key = generator.generateKeyPair().getPublic();
        Path pem = dir.resolve("public.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        PaySettings pay = parse("--pay-public-key", "LIVE-KEY1=" + pem, "--pay-public-key", "SANDBOX-KEY2=" + pem).pay();
        assertEquals(key, pay.publicKeys().key("LIVE-KEY1").orElseThrow());
        assertEquals(key, pay.publicKeys().key("SANDBOX-KEY2").orElseThrow());

        Path notAKey = dir.resolve("private.pem");
        Files.writeString(notAKey, "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        assertUsageError("--pay-public-key", "K=" + notAKey);
        CommandLine commandLine = StubServerCommand.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setExecutionStrategy(parsed -> {
            ((StubServerCommand) parsed.commandSpec().userObject()).settings();
            return 0;
        });
        assertEquals(2, commandLine.execute("--pay-public-key", "K=" + notAKey));
        assertEquals(List.of("--pay-public-key K: " + notAKey + " holds a private key. Give only its public half (openssl pkey -in private.pem -pubout)."),
                err.toString().lines().toList(), "one line, without the usage text");
        assertUsageError("--pay-public-key", "K=" + dir.resolve("missing.pem"));
        assertUsageError("--pay-public-key", "NOFILE");
        assertUsageError("--pay-public-key", "K=" + pem, "--pay-public-key", "K=" + pem);
        assertUsageError("--pay-signature-mode", "verify");
    }

    @Test
    void badValuesAreRefusedWithAUsageErrorBeforeAnythingStarts() {
        assertUsageError("--port", "70000");
        assertUsageError("--schedule-conflict-status", "418");
        assertUsageError("--schedule-by-id-shape", "sideways");
        assertUsageError("--mws-signature-mode", "verify");
        assertUsageError("--mws-throttling", "maybe");
        assertUsageError("--mws-report-types", "loose");
        assertUsageError("--mws-key", "NOSECRET");
        assertUsageError("--mws-key", "A=1", "--mws-key", "A=2");
        assertUsageError("--admin", "maybe");
        assertUsageError("--admin");
        assertUsageError("--report-processing-delay", "5s");
        assertUsageError("--report-processing-delay", "-PT1S");
        assertUsageError("--report-processing-delay", "P91D");
        assertUsageError("--report-processing-delay", "PT2562047788015215H");
        assertUsageError("--max-body-bytes", "1MiB");
        assertUsageError("--idle-timeout", "30s");
        assertUsageError("--max-connections", "99999999999");
        assertUsageError("--no-such-flag");
    }

    @Test
    void theLimitFlagsSetTheLimitsAndDefaultToTheEmbeddedOnes() {
        assertEquals(ServerLimits.defaults(), parse().limits());
        ServerLimits chosen = parse("--max-body-bytes", "2048", "--idle-timeout", "PT5S", "--max-connections", "50").limits();
        assertEquals(ServerLimits.defaults().withMaxBodyBytes(2048).withIdleTimeout(Duration.ofSeconds(5)).withMaxConnections(50), chosen);
        String usage = StubServerCommand.commandLine().getUsageMessage();
        assertTrue(usage.contains("--max-body-bytes=N") && usage.contains("--idle-timeout=DURATION") && usage.contains("--max-connections=N"), usage);
    }

    @Test
    void aLimitOutOfRangeIsOneLineBeforeAnythingStarts() {
        String idleRange = "--idle-timeout must be whole seconds from PT1S up to PT1H, not ";
        Map<List<String>, String> refusals = Map.of(
                List.of("--max-body-bytes", "0"), "--max-body-bytes must be at least 1, not 0",
                List.of("--max-body-bytes", "-5"), "--max-body-bytes must be at least 1, not -5",
                List.of("--idle-timeout", "PT0S"), idleRange + "PT0S",
                List.of("--idle-timeout", "PT0.5S"), idleRange + "PT0.5S",
                List.of("--idle-timeout", "-PT1S"), idleRange + "PT-1S",
                List.of("--idle-timeout", "PT2H"), idleRange + "PT2H",
                List.of("--max-connections", "0"), "--max-connections must be at least 1, not 0");
        refusals.forEach((args, line) -> assertOneLine(line, args.toArray(String[]::new)));
    }

    @Test
    void anUnusableHostIsOneLineBeforeAnythingStarts() {
        assertOneLine("--host must name an interface", "--host", "");
        assertOneLine("--host must name an interface", "--host", " ");
        assertOneLine("--host 256.0.0.1 is not an IPv4 address", "--host", "256.0.0.1");
        assertOneLine("--host 999.1.1.1 is not an IPv4 address", "--host", "999.1.1.1");
        assertOneLine("--host no host.example is not a host name or IP address", "--host", "no host.example");
        assertOneLine("--host nothing.invalid is neither an IP address nor a name that resolves", "--host", "nothing.invalid");
    }

    @Test
    void anIpv6LiteralIsAHostWithOrWithoutBrackets() {
        assertEquals("::1", parse("--host", "::1").host());
        assertEquals("::1", parse("--host", "[::1]").host());
        assertEquals("0.0.0.0", parse("--host", "0.0.0.0").host());
        assertEquals("localhost", parse("--host", "localhost").host());
    }

    @Test
    void theEnvironmentsPortIsTheDefaultAndABadOneIsNamedAsSuch() {
        assertEquals(9090, parseWith(name -> "PORT".equals(name) ? "9090" : null).port());
        assertEquals(StubSettings.DEFAULT_PORT, parseWith(name -> "PORT".equals(name) ? " " : null).port());
        assertEquals(7070, parseWith(name -> "PORT".equals(name) ? "abc" : null, "--port", "7070").port());
        assertOneLineWith(name -> "PORT".equals(name) ? "abc" : null,
                "The environment variable PORT must be a port number between 0 and 65535, not abc");
        assertOneLine("--port must be a port number between 0 and 65535, not abc", "--port", "abc");
    }

    @Test
    void httpsIsOffUnlessAPortIsGiven() {
        assertTrue(parse().https().isEmpty());
        assertEquals(8443, parse("--https-port", "8443").https().orElseThrow().port());
        assertTrue(parse("--https-port", "0").https().orElseThrow().identity().isEmpty(), "self-signed at start");
        assertEquals(0, parse("--port", "0", "--https-port", "0").https().orElseThrow().port(), "two free ports");
    }

    @Test
    void aKeystoreIsReadWithThePasswordOfTheNamedVariable(@TempDir Path dir) throws Exception {
        TlsIdentity identity = SelfSignedCertificate.issue("127.0.0.1", Clock.systemUTC());
        Path keystore = keystore(dir, identity, "stub");
        assertEquals(identity.certificate(), parseWith(name -> "REPORT_SCHEDULES_TLS_PASSWORD".equals(name) ? "secret" : null,
                "--https-port", "8443", "--tls-keystore", keystore.toString()).https().orElseThrow().identity().orElseThrow().certificate());
        assertEquals(identity.certificate(), parseWith(ENVIRONMENT, "--https-port", "8443", "--tls-keystore", keystore.toString(),
                "--tls-keystore-password-env", "RIGHT").https().orElseThrow().identity().orElseThrow().certificate());
    }

    @Test
    void eachUnusableHttpsSettingIsOneLine(@TempDir Path dir) throws Exception {
        TlsIdentity identity = SelfSignedCertificate.issue("127.0.0.1", Clock.systemUTC());
        String one = keystore(dir, identity, "stub").toString();
        String two = keystore(dir, identity, "first", "second").toString();
        String none = keystore(dir, identity).toString();
        String missing = dir.resolve("missing.p12").toString();

        assertOneLine("--tls-cert-out needs --https-port", "--tls-cert-out", dir.resolve("cert.pem").toString());
        assertOneLine("--tls-keystore needs --https-port", "--tls-keystore", one);
        assertOneLine("--https-port 8080 is the plain HTTP port", "--port", "8080", "--https-port", "8080");
        assertOneLine("--https-port must be between 0 and 65535", "--https-port", "70000");
        assertOneLine("--tls-keystore " + one + ": the environment variable REPORT_SCHEDULES_TLS_PASSWORD (its password) is not set",
                "--https-port", "8443", "--tls-keystore", one);
        assertOneLine("--tls-keystore " + one + " cannot be opened with the given password",
                "--https-port", "8443", "--tls-keystore", one, "--tls-keystore-password-env", "WRONG");
        assertOneLine("--tls-keystore " + missing + " cannot be read",
                "--https-port", "8443", "--tls-keystore", missing, "--tls-keystore-password-env", "RIGHT");
        assertOneLine("--tls-keystore " + two + " holds 2 private key entries",
                "--https-port", "8443", "--tls-keystore", two, "--tls-keystore-password-env", "RIGHT");
        assertOneLine("--tls-keystore " + none + " holds no private key entry",
                "--https-port", "8443", "--tls-keystore", none, "--tls-keystore-password-env", "RIGHT");
    }

    /** RIGHT holds the keystores' password, WRONG another; REPORT_SCHEDULES_TLS_PASSWORD is not set. */
    private static final UnaryOperator<String> ENVIRONMENT = name -> Map.of("RIGHT", "secret", "WRONG", "not-the-password").get(name);

    /** A PKCS#12 keystore (password "secret") holding the identity under each alias, or only its certificate when none. */
    private static Path keystore(Path dir, TlsIdentity identity, String... aliases) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        for (String alias : aliases) {
            store.setKeyEntry(alias, identity.privateKey(), "secret".toCharArray(), identity.chain().toArray(X509Certificate[]::new));
        }
        if (aliases.length == 0) {
            store.setCertificateEntry("trusted", identity.certificate());
        }
        Path file = dir.resolve(aliases.length + "-keys.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "secret".toCharArray());
        }
        return file;
    }

    static void assertOneLine(String start, String... args) {
        assertOneLineWith(ENVIRONMENT, start, args);
    }

    private static void assertOneLineWith(UnaryOperator<String> environment, String start, String... args) {
        CommandLine commandLine = StubServerCommand.commandLine(environment);
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        commandLine.setExecutionStrategy(parsed -> {
            ((StubServerCommand) parsed.commandSpec().userObject()).settings();
            return 0;
        });
        assertEquals(2, commandLine.execute(args), err.toString());
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), "one line, without the usage text: " + err);
        assertTrue(lines.get(0).startsWith(start), lines.get(0));
    }

    private static StubSettings parseWith(UnaryOperator<String> environment, String... args) {
        CommandLine commandLine = StubServerCommand.commandLine(environment);
        commandLine.parseArgs(args);
        return ((StubServerCommand) commandLine.getCommand()).settings();
    }

    private static StubSettings parse(String... args) {
        CommandLine commandLine = StubServerCommand.commandLine();
        commandLine.parseArgs(args);
        return ((StubServerCommand) commandLine.getCommand()).settings();
    }

    private static void assertUsageError(String... args) {
        CommandLine commandLine = StubServerCommand.commandLine();
        StringWriter err = new StringWriter();
        commandLine.setErr(new PrintWriter(err));
        // The port check runs before start-up; call() is never reached for a bad value.
        commandLine.setExecutionStrategy(parsed -> {
            ((StubServerCommand) parsed.commandSpec().userObject()).settings();
            return 0;
        });
        int exit = commandLine.execute(args);
        assertEquals(2, exit, "exit code for " + String.join(" ", args) + "; stderr: " + err);
        assertTrue(err.toString().length() > 0);
    }
}
