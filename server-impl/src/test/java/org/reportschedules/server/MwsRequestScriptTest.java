package org.reportschedules.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SigningKeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The README's MWS example: scripts/mws-request.sh signs requests the stub verifies. */
class MwsRequestScriptTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "mws-request.sh");

    @Test
    void theReadmeExampleIsAcceptedAndAWrongSecretIsNot() throws Exception {
        assumeTrue(Files.isRegularFile(SCRIPT), "run from server-impl inside the repository");
        assumeTrue(onPath("curl") && onPath("openssl"), "the script needs curl and openssl");
        StubSettings settings = StubSettings.onPort(0).withMws(
                MwsSettings.defaults().withSigningKeys(SigningKeys.parse(List.of("AKIDEXAMPLE=example-secret"))));
        try (StubServer stub = StubServer.start(settings)) {
            String created = run(stub, "example-secret", "Action=ManageReportSchedule", "ReportType=_GET_ORDERS_DATA_",
                    "Schedule=_30_DAYS_");
            assertTrue(created.startsWith("HTTP/1.1 200"), created);
            assertTrue(created.contains("<Schedule>_30_DAYS_</Schedule>"), created);

            String refused = run(stub, "wrong-secret", "Action=GetReportScheduleList");
            assertTrue(refused.startsWith("HTTP/1.1 403"), refused);
            assertTrue(refused.contains("<Code>SignatureDoesNotMatch</Code>"), refused);
        }
    }

    private static String run(StubServer stub, String secret, String... parameters) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "-u", stub.uri().toString(),
                "-k", "AKIDEXAMPLE", "-s", secret));
        command.addAll(List.of(parameters));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the script did not finish");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    private static boolean onPath(String program) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
