package org.reportschedules.conformance.pay;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.pay.PayPublicKeys;
import org.reportschedules.pay.PayRequestRejected;
import org.reportschedules.pay.PaySignatureCheck;
import org.reportschedules.pay.PaySignatureMode;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The suite's signer and the stub's verifier are written apart (they share no code); each agrees with the
 * official SDK on its own. Here they meet on awkward requests, as they go on the wire: both schemes, odd paths
 * and queries, repeated parameters, whitespace in header values, a non-ASCII body.
 */
class SignerAgreesWithStubVerifierTest {

    private static final String KEY_ID = "LIVE-SUITEKEY0001";
    private static KeyPair keys;

    @BeforeAll
    static void generate() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "V2     | GET    | /v2/report-schedules/              | ",
            "LEGACY | GET    | /live/v2/report-schedules          | reportTypes=_A_,_B_",
            "V2     | GET    | /sandbox//v2/reports/              | pageSize=5&reportTypes=_B_&reportTypes=_A_&createdSince=20221101T000000Z",
            "V2     | GET    | /v2/reports                        | nextToken=a%2Bb%2F%3D&x=a+b&empty=&flag",
            "LEGACY | DELETE | /v2/report-schedules/500%2000      | ",
            "V2     | POST   | /v2/report-schedules/a%2fb~c*d     | deleteExistingSchedule=true",
    })
    void whatTheSuiteSignsTheStubVerifies(String scheme, String method, String rawPath, String rawQuery) {
        PaySigner signer = new PaySigner(KEY_ID, keys.getPrivate(), PaySigner.Algorithm.valueOf(scheme));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        headers.put("Content-Type", "application/json");
        headers.put("X-Amz-Pay-Date", PayDateTimes.format(Clock.systemUTC().instant()));
        headers.put("x-amz-pay-host", "  pay-api.amazon.com ");
        headers.put("x-amz-pay-region", "na");
        headers.put("x-amz-pay-idempotency-key", "key\twith  spaces");
        headers.put("user-agent", "not signed");
        byte[] body = "POST".equals(method) ? "{\"note\":\"caf\u00e9 \u2713\"}".getBytes(StandardCharsets.UTF_8) : new byte[0];
        Map<String, List<String>> received = new LinkedHashMap<>();
        headers.forEach((name, value) -> received.put(name, List.of(value)));
        received.put("authorization", List.of(signer.authorization(method, rawPath, rawQuery, headers, body)));

        PaySignatureCheck check = new PaySignatureCheck(PaySignatureMode.STRICT, PayPublicKeys.of(Map.of(KEY_ID, keys.getPublic())),
                Clock.systemUTC(), PaySignatureCheck.DEFAULT_DATE_TOLERANCE);
        assertDoesNotThrow(() -> check.check(method, rawPath, rawQuery, received, body));

        Map<String, List<String>> altered = new LinkedHashMap<>(received);
        altered.put("x-amz-pay-idempotency-key", List.of("another"));
        PayRequestRejected refused = assertThrows(PayRequestRejected.class, () -> check.check(method, rawPath, rawQuery, altered, body));
        assertEquals("InvalidRequestSignature", refused.error().reasonCode().name());
    }
}
