package org.reportschedules.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.admin.StubVersions;
import org.reportschedules.config.Setting;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Flags, REPORT_SCHEDULES_* variables, the --config file and the defaults: which wins, what is printed, what is refused. */
class ConfigurationSourcesTest {

    private static final UnaryOperator<String> NO_ENVIRONMENT = name -> null;

    @TempDir
    Path dir;

    @Test
    void aFlagWinsOverTheEnvironmentWhichWinsOverTheFileWhichWinsOverTheDefault() throws Exception {
        Path file = write("stub.yaml", "port: 1111\nadmin: off\nmws-throttling: off\njournal-size: 7\n");
        UnaryOperator<String> environment = variables(Map.of("REPORT_SCHEDULES_PORT", "2222", "REPORT_SCHEDULES_ADMIN", "on"));

        StubSettings all = parse(environment, "--config", file.toString(), "--port", "3333");
        assertEquals(3333, all.port(), "flag");
        assertEquals(StubSettings.AdminApi.ON, all.admin(), "environment over file");
        assertEquals(MwsSettings.Throttling.OFF, all.mws().throttling(), "file over default");
        assertEquals(7, all.journalSize(), "file over default");
        assertEquals(Duration.ofSeconds(30), all.limits().idleTimeout(), "default");

        assertEquals(2222, parse(environment, "--config", file.toString()).port(), "environment over file");
        assertEquals(1111, parse(NO_ENVIRONMENT, "--config", file.toString()).port(), "file over default");
        assertEquals(StubSettings.AdminApi.OFF, parse(NO_ENVIRONMENT, "--config", file.toString()).admin());
        assertEquals(StubSettings.DEFAULT_PORT, parse(NO_ENVIRONMENT).port(), "default");
    }

    @Test
    void reportSchedulesPortWinsOverPortWhichWinsOverTheFile() throws Exception {
        Path file = write("stub.yaml", "port: 1111\n");
        assertEquals(2222, parse(variables(Map.of("PORT", "3333", "REPORT_SCHEDULES_PORT", "2222")), "--config", file.toString()).port());
        assertEquals(3333, parse(variables(Map.of("PORT", "3333")), "--config", file.toString()).port());
        assertEquals(1111, parse(variables(Map.of("PORT", " ", "REPORT_SCHEDULES_PORT", "")), "--config", file.toString()).port(),
                "empty variables count as not set");
    }

    @Test
    void repeatableSettingsComeFromTheEnvironmentCommaSeparatedAndFromTheFileAsAList() throws Exception {
        MwsSettings fromEnvironment = parse(variables(Map.of("REPORT_SCHEDULES_MWS_KEY", "AKID1=secret/1, AKID2=secret+2",
                "REPORT_SCHEDULES_MWS_SIGNATURE_MODE", "strict"))).mws();
        assertEquals("secret/1", fromEnvironment.signingKeys().secretFor("AKID1").orElseThrow());
        assertEquals("secret+2", fromEnvironment.signingKeys().secretFor("AKID2").orElseThrow());
        assertEquals(SignatureMode.STRICT, fromEnvironment.signatureMode());

        Path file = write("stub.yaml", "mws-key: [AKID3=three]\nmws-signature-mode: off\n");
        MwsSettings fromFile = parse(NO_ENVIRONMENT, "--config", file.toString()).mws();
        assertEquals("three", fromFile.signingKeys().secretFor("AKID3").orElseThrow());
        assertEquals(SignatureMode.OFF, fromFile.signatureMode());
        Path single = write("single.yaml", "mws-key: AKID4=four\n");
        assertEquals("four", parse(NO_ENVIRONMENT, "--config", single.toString()).mws().signingKeys().secretFor("AKID4").orElseThrow(),
                "one value for a repeatable setting");
    }

    @Test
    void theConfigFileIsAlsoNamedByTheEnvironmentAndTheFlagWins() throws Exception {
        Path one = write("one.yaml", "port: 1111\n");
        Path two = write("two.yaml", "port: 2222\n");
        assertEquals(1111, parse(variables(Map.of("REPORT_SCHEDULES_CONFIG", one.toString()))).port());
        assertEquals(2222, parse(variables(Map.of("REPORT_SCHEDULES_CONFIG", one.toString())), "--config", two.toString()).port());
    }

    @Test
    void pathsInTheFileAreReadFromTheFilesDirectory() throws Exception {
        Path keys = Files.createDirectories(dir.resolve("conf/keys"));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Files.writeString(keys.resolve("public.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        Path file = Files.writeString(dir.resolve("conf/stub.yaml"), "data-dir: state\npay-public-key: [LIVE-K=keys/public.pem]\n");

        StubSettings settings = parse(NO_ENVIRONMENT, "--config", file.toString());
        assertEquals(dir.resolve("conf/state"), settings.dataDir().orElseThrow());
        assertTrue(settings.pay().publicKeys().key("LIVE-K").isPresent());
        assertEquals(Path.of("state"), parse(NO_ENVIRONMENT, "--data-dir", "state").dataDir().orElseThrow(), "a flag's path is the working directory's");
    }

    @Test
    void printConfigShowsEachSettingItsValueAndSourceAndMasksSecrets() throws Exception {
        Path file = write("stub.yaml", "journal-size: 7\nhost: localhost\n");
        Result printed = run(variables(Map.of("REPORT_SCHEDULES_MWS_KEY", "AKID=very-secret", "PORT", "9090")),
                "--config", file.toString(), "--admin", "off", "--print-config");
        assertEquals(0, printed.exit(), printed.err());
        List<String> lines = printed.out().lines().toList();
        assertTrue(lines.get(0).startsWith("# report-schedules-stub " + StubVersions.read().version()), lines.get(0));
        assertTrue(lines.contains("port: 9090  # env PORT"), printed.out());
        assertTrue(lines.contains("admin: off  # flag"), printed.out());
        assertTrue(lines.contains("journal-size: 7  # file " + file), printed.out());
        assertTrue(lines.contains("host: localhost  # file " + file), printed.out());
        assertTrue(lines.contains("idle-timeout: PT30S  # default"), printed.out());
        assertTrue(lines.contains("mws-key: [AKID=****]  # env REPORT_SCHEDULES_MWS_KEY (secrets masked)"), printed.out());
        assertTrue(lines.contains("# https-port:  # not set: no HTTPS"), printed.out());
        assertFalse(printed.out().contains("very-secret"), printed.out());
        assertEquals(StubOptions.ALL.size() + 1, lines.size(), "a heading and one line per setting");
    }

    @Test
    void printedConfigurationReadsBackAsTheSameSettings() throws Exception {
        String[] args = {"--port", "0", "--host", "::1", "--schedule-conflict-status", "409", "--mws-report-types", "lenient",
                "--report-processing-delay", "PT1M", "--https-port", "0", "--data-dir", "some dir/state", "--max-body-bytes", "2048",
                "--print-config"};
        Result printed = run(NO_ENVIRONMENT, args);
        assertEquals(0, printed.exit(), printed.err());
        Path file = write("printed.yaml", printed.out());
        StubSettings direct = parse(NO_ENVIRONMENT, List.of(args).subList(0, args.length - 1).toArray(String[]::new));
        StubSettings read = parse(NO_ENVIRONMENT, "--config", file.toString());
        assertEquals(direct.withDataDir(direct.dataDir().orElseThrow().toAbsolutePath()).withHttps(read.https().orElseThrow()).toString()
                        .replaceAll(IDENTITIES, ""),
                read.toString().replaceAll(IDENTITIES, ""), printed.out());
    }

    /** The clock and the key set have no value equality; both are compared elsewhere. */
    private static final String IDENTITIES = "clock=[^,]*,|@[0-9a-f]+";

    @Test
    void aBadValueIsOneLineNamingTheSettingAndItsSource() throws Exception {
        Path file = write("stub.yaml", "port: abc\n");
        assertRefused(variables(Map.of("REPORT_SCHEDULES_PORT", "abc")),
                "The environment variable REPORT_SCHEDULES_PORT must be a port number between 0 and 65535, not abc");
        assertRefused(NO_ENVIRONMENT, file + ": port must be a port number between 0 and 65535, not abc", "--config", file.toString());
        assertRefused(variables(Map.of("REPORT_SCHEDULES_ADMIN", "maybe")),
                "The environment variable REPORT_SCHEDULES_ADMIN must be on|off, not maybe");
        assertRefused(variables(Map.of("REPORT_SCHEDULES_MWS_KEY", "NOSECRET")), "The environment variable REPORT_SCHEDULES_MWS_KEY entry 1");
        assertRefused(variables(Map.of("REPORT_SCHEDULES_HOST", "256.0.0.1")),
                "The environment variable REPORT_SCHEDULES_HOST 256.0.0.1 is not an IPv4 address");
        Path idle = write("idle.yaml", "idle-timeout: PT0.5S\n");
        assertRefused(NO_ENVIRONMENT, idle + ": idle-timeout must be whole seconds from PT1S up to PT1H, not PT0.5S", "--config", idle.toString());
        Path https = write("https.yaml", "https-port: 9443\n");
        assertRefused(variables(Map.of("REPORT_SCHEDULES_PORT", "9443")), https + ": https-port 9443 is the plain HTTP port "
                + "(The environment variable REPORT_SCHEDULES_PORT) too", "--config", https.toString());
        Path seed = write("seeded.yaml", "seed: nothere.yaml\n");
        assertRefused(NO_ENVIRONMENT, seed + ": seed " + dir.resolve("nothere.yaml") + ": no such file", "--config", seed.toString());
        Path cert = write("cert.yaml", "tls-cert-out: cert.pem\n");
        assertRefused(NO_ENVIRONMENT, cert + ": tls-cert-out needs --https-port", "--config", cert.toString());
    }

    @Test
    void aConfigFileThatCannotBeUsedIsOneLineNamingTheFileAndTheKey() throws Exception {
        Path missing = dir.resolve("missing.yaml");
        assertRefused(NO_ENVIRONMENT, "--config " + missing + ": no such file", "--config", missing.toString());
        assertRefused(variables(Map.of("REPORT_SCHEDULES_CONFIG", missing.toString())),
                "The environment variable REPORT_SCHEDULES_CONFIG names " + missing + ": no such file");
        Map<String, String> refusals = Map.of(
                "prot: 8080\n", ": prot is no setting",
                "config: other.yaml\n", ": config is no setting",
                "port: {number: 8080}\n", ": port must be a single value, not a mapping",
                "port: [8080]\n", ": port takes one value, not a list",
                "mws-key: [{AKID: secret}]\n", ": mws-key must be a list of values, not a mapping",
                "port:\n", ": port must be a single value, not an empty value",
                "port: 8080\nport: 9090\n", " is not valid YAML: Duplicate field 'port'",
                "- port\n", " must be a mapping of settings (port: 8080, ...), not a list",
                "port: [8080\n", " is not valid YAML");
        int n = 0;
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            Path file = write("bad" + n++ + ".yaml", refusal.getKey());
            assertRefused(NO_ENVIRONMENT, file + refusal.getValue(), "--config", file.toString());
        }
        assertEquals(StubSettings.DEFAULT_PORT, parse(NO_ENVIRONMENT, "--config", write("empty.yaml", "").toString()).port(),
                "an empty file sets nothing");
    }

    @Test
    void helpListsEverySettingWithItsVariableAndDefault() {
        String usage = StubServerCommand.commandLine().getUsageMessage().replaceAll("\\s+", " ");
        for (Setting<?> setting : StubOptions.ALL) {
            assertTrue(usage.contains(setting.flag() + "=" + setting.label()), setting.flag());
            assertTrue(usage.contains("Env: " + setting.environmentVariable()), setting.environmentVariable());
            assertTrue(usage.contains("Default: " + setting.unsetMeans() + "."), setting.flag() + " default");
        }
        assertTrue(usage.contains("Env: REPORT_SCHEDULES_PORT, then PORT. Default: 8080."), usage);
        assertTrue(usage.contains("--config=FILE") && usage.contains("--print-config"), usage);
    }

    @Test
    void versionIsTheBuildsVersion() {
        Result version = run(NO_ENVIRONMENT, "--version");
        assertEquals("report-schedules-stub " + StubVersions.read().version(), version.out().strip());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static UnaryOperator<String> variables(Map<String, String> variables) {
        return variables::get;
    }

    static StubSettings parse(UnaryOperator<String> environment, String... args) {
        CommandLine commandLine = StubServerCommand.commandLine(environment);
        commandLine.parseArgs(args);
        return ((StubServerCommand) commandLine.getCommand()).settings();
    }

    record Result(int exit, String out, String err) {
    }

    /** Runs the command as main does; every call here prints the configuration or is refused, so nothing starts. */
    static Result run(UnaryOperator<String> environment, String... args) {
        CommandLine commandLine = StubServerCommand.commandLine(environment);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    private static void assertRefused(UnaryOperator<String> environment, String start, String... args) {
        String[] withPrint = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--print-config"))
                .toArray(String[]::new);
        Result result = run(environment, withPrint);
        assertEquals(2, result.exit(), result.err() + result.out());
        List<String> lines = result.err().lines().toList();
        assertEquals(1, lines.size(), "one line: " + result.err());
        assertTrue(lines.get(0).startsWith(start), lines.get(0) + "\n  expected to start with\n" + start);
        assertEquals("", result.out());
    }
}
