package org.reportschedules.server;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import com.amazon.pay.api.AmazonPayResponse;
import com.amazon.pay.api.WebstoreClient;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PaySignatureMode;
import org.reportschedules.sdk.OfficialSdk;
import org.reportschedules.tls.HttpsSettings;
import org.reportschedules.tls.PemTrust;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The official Amazon Pay Java SDK over HTTPS, signing every request (strict mode), trusting the stub's certificate
 * as a partner would: the SDK's Apache HttpClient builds its TLS context from the JVM's default trust store, so the
 * certificate goes into a PKCS#12 trust store named by javax.net.ssl.trustStore (what keytool -importcert and
 * -Djavax.net.ssl.trustStore do). The JVM's trust settings are put back afterwards.
 */
class AmazonPaySdkOverHttpsTest {

    private static final String KEY_ID = "LIVE-AHTTPSKEY0000000001";
    private static final String[] TRUST_PROPERTIES = {"javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
            "javax.net.ssl.trustStoreType"};

    @TempDir
    Path dir;

    @Test
    void theSdkSignsAndTheStubVerifiesOverHttps() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        StubSettings defaults = StubSettings.onPort(0).withHttps(HttpsSettings.selfSigned(0));
        StubSettings settings = defaults.withPay(defaults.pay().withSigning(PaySignatureMode.STRICT,
                PayPublicKeys.of(Map.of(KEY_ID, keys.getPublic()))));
        Map<String, String> before = new HashMap<>();
        for (String property : TRUST_PROPERTIES) {
            before.put(property, System.getProperty(property));
        }
        try (StubServer stub = StubServer.start(settings)) {
            Path pem = Files.writeString(dir.resolve("stub-cert.pem"), stub.tlsIdentity().orElseThrow().certificatePem());
            trustOnly(pem);
            WebstoreClient client = OfficialSdk.clientOf(OfficialSdk.configuration(KEY_ID, null, keys.getPrivate(),
                    "AMZN-PAY-RSASSA-PSS-V2"), stub.httpsUri().orElseThrow());

            Map<String, String> idempotency = new HashMap<>();
            idempotency.put("x-amz-pay-idempotency-key", UUID.randomUUID().toString().replace("-", ""));
            AmazonPayResponse created = client.createReportSchedule(new JSONObject()
                    .put("reportType", "_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_")
                    .put("scheduleFrequency", "P1D")
                    .put("nextReportCreationTime", PayDateTimes.format(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))),
                    idempotency);
            assertEquals(201, created.getStatus(), created.toString());
            String id = created.getResponse().getString("reportScheduleId");
            AmazonPayResponse read = client.getReportScheduleById(id);
            assertEquals(200, read.getStatus(), read.toString());
            assertEquals(id, read.getResponse().getString("reportScheduleId"));
        } finally {
            before.forEach((property, value) -> {
                if (value == null) {
                    System.clearProperty(property);
                } else {
                    System.setProperty(property, value);
                }
            });
        }
    }

    private void trustOnly(Path pem) throws Exception {
        KeyStore trustStore = PemTrust.trustStore(pem);
        Path file = dir.resolve("truststore.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            trustStore.store(out, "changeit".toCharArray());
        }
        System.setProperty("javax.net.ssl.trustStore", file.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", "changeit");
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }
}
