package org.reportschedules.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.tls.HttpsSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Node client (Node's own https module, as the Amazon Pay Node SDK uses) reaches the stub over HTTPS once it trusts
 * the certificate the stub wrote, through NODE_EXTRA_CA_CERTS, and is refused without it. Skipped, saying so, where
 * no {@code node} is on the PATH.
 */
class NodeClientOverHttpsTest {

    @TempDir
    Path dir;

    private static boolean nodeFound;

    @BeforeAll
    static void findNode() {
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            nodeFound = version.waitFor(30, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            nodeFound = false;
        }
        if (!nodeFound) {
            System.out.println("NodeClientOverHttpsTest skipped: no 'node' on the PATH");
        }
    }

    @Test
    void aNodeClientTrustingTheWrittenCertificateCreatesAndListsSchedules() throws Exception {
        assumeTrue(nodeFound, "no 'node' on the PATH: the Node client over HTTPS was not tried");
        try (StubServer stub = StubServer.start(StubSettings.onPort(0).withHttps(HttpsSettings.selfSigned(0)))) {
            Path pem = Files.writeString(dir.resolve("stub-cert.pem"), stub.tlsIdentity().orElseThrow().certificatePem());
            List<String> trusted = node(stub, pem);
            assertEquals("POST 201", trusted.get(0), String.join("\n", trusted));
            assertTrue(trusted.get(1).startsWith("GET 200 {\"reportSchedules\":[{"), String.join("\n", trusted));

            List<String> untrusted = node(stub, null);
            assertTrue(untrusted.get(0).startsWith("ERROR SELF_SIGNED_CERT") || untrusted.get(0).startsWith("ERROR DEPTH_ZERO_SELF_SIGNED_CERT"),
                    "refused without the certificate: " + untrusted);
        }
    }

    private List<String> node(StubServer stub, Path pem) throws IOException, InterruptedException, URISyntaxException {
        Path script = Path.of(getClass().getResource("/node/pay-over-https.mjs").toURI());
        ProcessBuilder builder = new ProcessBuilder("node", script.toString(), stub.httpsUri().orElseThrow().toString())
                .redirectErrorStream(true);
        builder.environment().remove("NODE_EXTRA_CA_CERTS");
        builder.environment().remove("NODE_TLS_REJECT_UNAUTHORIZED");
        if (pem != null) {
            builder.environment().put("NODE_EXTRA_CA_CERTS", pem.toString());
        }
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("node did not finish within a minute");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
}
