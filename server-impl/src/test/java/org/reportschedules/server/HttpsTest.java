package org.reportschedules.server;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportschedules.clock.StubClock;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMethod;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SignatureV2;
import org.reportschedules.mws.SigningKeys;
import org.reportschedules.tls.HttpsSettings;
import org.reportschedules.tls.KeystoreFile;
import org.reportschedules.tls.PemTrust;
import org.reportschedules.tls.SelfSignedCertificate;
import org.reportschedules.tls.TlsIdentity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HTTPS beside plain HTTP, as a partner's client meets it: trusting only the certificate the stub wrote out, over
 * TLS 1.3 and 1.2, by address and by name, on the same state as plain HTTP; MWS signatures verify over HTTPS.
 */
class HttpsTest {

    private static final String CREATE = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_ORDER_REFERENCE_DATA_\","
            + "\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"20221118T150630Z\"}";
    private static final String MWS_KEY = "AKIDHTTPS";
    private static final String MWS_SECRET = "https-secret";

    @TempDir
    static Path dir;

    private static StubServer stub;
    private static Path pem;
    private static HttpClient trusting;

    @BeforeAll
    static void start() throws Exception {
        StubClock movedFarAhead = StubClock.system();
        movedFarAhead.freezeAt(Instant.parse("2035-01-01T00:00:00Z"));
        MwsSettings mws = new MwsSettings(SignatureMode.STRICT, SigningKeys.parse(List.of(MWS_KEY + "=" + MWS_SECRET)),
                MwsSettings.Throttling.OFF, MwsSettings.ReportTypeRule.STRICT);
        StubSettings defaults = StubSettings.onPort(0);
        stub = StubServer.start(new StubSettings(defaults.host(), 0, movedFarAhead, defaults.pay(), mws, defaults.admin(),
                defaults.reportProcessingDelay(), Optional.of(HttpsSettings.selfSigned(0))));
        pem = Files.writeString(dir.resolve("stub-cert.pem"), stub.tlsIdentity().orElseThrow().certificatePem());
        trusting = HttpClient.newBuilder().sslContext(PemTrust.clientContext(pem)).build();
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

    @Test
    void contractsServedOverHttpsNameTheHttpsAddress() throws Exception {
        URI https = stub.httpsUri().orElseThrow();
        HttpResponse<String> contract = trusting.send(HttpRequest.newBuilder(https.resolve("/openapi/amazon-pay-reports.yaml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, contract.statusCode(), contract.body());
        assertTrue(contract.body().contains("  - url: \"" + https + "\"\n"), contract.body());
    }

    @Test
    void aScheduleCreatedOverHttpsIsReadOverPlainHttp() throws Exception {
        URI https = stub.httpsUri().orElseThrow();
        assertEquals("https", https.getScheme());
        HttpResponse<String> created = trusting.send(HttpRequest.newBuilder(https.resolve("/v2/report-schedules"))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(CREATE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created.body());
        String id = created.body().replaceAll(".*\"reportScheduleId\":\"(\\d+)\".*", "$1");

        HttpResponse<String> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(stub.uri().resolve("/v2/report-schedules/" + id))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains(id), read.body());
    }

    @Test
    void theCertificateNamesLocalhostAndTheLoopbackAddresses() throws Exception {
        int port = stub.httpsUri().orElseThrow().getPort();
        for (String host : List.of("127.0.0.1", "localhost")) {
            HttpResponse<String> answer = trusting.send(HttpRequest.newBuilder(URI.create("https://" + host + ":" + port + "/v2/report-schedules"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), host + ": " + answer.body());
        }
    }

    @Test
    void tls12ClientsConnectToo() throws Exception {
        HttpClient tls12 = HttpClient.newBuilder().sslContext(PemTrust.clientContext(pem))
                .sslParameters(new SSLParameters(null, new String[] {"TLSv1.2"})).build();
        HttpResponse<String> answer = tls12.send(HttpRequest.newBuilder(stub.httpsUri().orElseThrow().resolve("/v2/report-schedules"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused() {
        HttpRequest request = HttpRequest.newBuilder(stub.httpsUri().orElseThrow().resolve("/v2/report-schedules")).build();
        assertThrows(SSLHandshakeException.class, () -> HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** Clients judge the certificate by their real clocks, so it is dated by real time, not by the stub's moved clock. */
    @Test
    void theCertificateIsValidNowWhateverTheStubsClockSays() throws Exception {
        X509Certificate certificate = stub.certificate().orElseThrow();
        certificate.checkValidity();
        assertTrue(certificate.getNotAfter().toInstant().isBefore(Instant.parse("2035-01-01T00:00:00Z")),
                "valid for a bounded period: " + certificate.getNotAfter());
    }

    /** The string to sign names the host and port as received; the scheme plays no part. */
    @Test
    void mwsSignaturesVerifyOverHttps() throws Exception {
        URI https = stub.httpsUri().orElseThrow();
        assertEquals(200, mwsCount(https, MWS_SECRET).statusCode());
        HttpResponse<String> wrong = mwsCount(https, "wrong-secret");
        assertEquals(403, wrong.statusCode(), wrong.body());
        assertTrue(wrong.body().contains("SignatureDoesNotMatch"), wrong.body());
    }

    @Test
    void aKeystoresOwnCertificateIsServed() throws Exception {
        TlsIdentity own = SelfSignedCertificate.issue("127.0.0.1", StubClock.system());
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        keystore.load(null, null);
        keystore.setKeyEntry("partner", own.privateKey(), "keystore-secret".toCharArray(), own.chain().toArray(X509Certificate[]::new));
        Path file = dir.resolve("partner.p12");
        try (var out = Files.newOutputStream(file)) {
            keystore.store(out, "keystore-secret".toCharArray());
        }
        TlsIdentity read = KeystoreFile.read(file, "keystore-secret".toCharArray());
        try (StubServer withKeystore = StubServer.start(StubSettings.onPort(0).withHttps(new HttpsSettings(0, Optional.of(read))))) {
            assertEquals(own.certificate(), withKeystore.certificate().orElseThrow());
            Path ownPem = Files.writeString(dir.resolve("partner.pem"), own.certificatePem());
            SSLContext context = PemTrust.clientContext(ownPem);
            HttpResponse<String> answer = HttpClient.newBuilder().sslContext(context).build().send(
                    HttpRequest.newBuilder(withKeystore.httpsUri().orElseThrow().resolve("/v2/report-schedules")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
        }
    }

    private static HttpResponse<String> mwsCount(URI base, String secret) throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", "GetReportScheduleCount");
        parameters.put("SellerId", "A1HTTPSSELLER");
        parameters.put("AWSAccessKeyId", MWS_KEY);
        parameters.put("SignatureMethod", "HmacSHA256");
        parameters.put("SignatureVersion", "2");
        parameters.put("Timestamp", "2035-01-01T00:00:00Z");
        parameters.put("Version", "2009-01-01");
        String stringToSign = SignatureV2.stringToSign("POST", base.getHost() + ":" + base.getPort(), "/Reports/2009-01-01", parameters);
        parameters.put("Signature", SignatureV2.sign(stringToSign, secret, SignatureMethod.HmacSHA256));
        String form = parameters.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return trusting.send(HttpRequest.newBuilder(base.resolve("/Reports/2009-01-01"))
                .header("content-type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
