package org.reportschedules.mws;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportschedules.mws.SignatureCheck.Verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignatureCheckTest {

    private static final String HOST = "127.0.0.1:8080";
    private static final String PATH = "/Reports/2009-01-01";
    private static final SigningKeys KEYS = SigningKeys.parse(List.of("AKIDEXAMPLE=example-secret"));

    /** The seed example signed with the secret configured for AKIDEXAMPLE. */
    private static Map<String, String> signed() {
        Map<String, String> parameters = SignatureV2Test.manageReportSchedule("HmacSHA256");
        // The openssl-computed value of SignatureV2Test, so this test does not trust SignatureV2.sign.
        parameters.put("Signature", "FdT3UUcOI4WkYPUO5YA2ts17W1sdZup2+neKl5TwhgU=");
        return parameters;
    }

    private static Verdict check(SignatureMode mode, Map<String, String> parameters) {
        return new SignatureCheck(mode, KEYS).check("POST", HOST, PATH, parameters);
    }

    @Test
    void acceptsACorrectSignatureInBothVerifyingModes() {
        assertEquals(Verdict.ACCEPTED, check(SignatureMode.VERIFY_KNOWN, signed()));
        assertEquals(Verdict.ACCEPTED, check(SignatureMode.STRICT, signed()));
    }

    @Test
    void acceptsTheDefaultPortEitherWay() {
        Map<String, String> parameters = SignatureV2Test.manageReportSchedule("HmacSHA256");
        String stringToSign = SignatureV2.stringToSign("POST", "mws.example", PATH, parameters);
        parameters.put("Signature", SignatureV2.sign(stringToSign, "example-secret", SignatureMethod.HmacSHA256));
        SignatureCheck strict = new SignatureCheck(SignatureMode.STRICT, KEYS);
        assertEquals(Verdict.ACCEPTED, strict.check("POST", "mws.example:443", PATH, parameters));
        assertEquals(Verdict.ACCEPTED, strict.check("POST", "MWS.example", PATH, parameters));
        assertEquals(Verdict.SIGNATURE_DOES_NOT_MATCH, strict.check("POST", "mws.example:8443", PATH, parameters));
    }

    @Test
    void refusesATamperedRequestForAKnownKey() {
        Map<String, String> tampered = signed();
        tampered.put("Schedule", "_NEVER_");
        assertEquals(Verdict.SIGNATURE_DOES_NOT_MATCH, check(SignatureMode.VERIFY_KNOWN, tampered));
        assertEquals(Verdict.SIGNATURE_DOES_NOT_MATCH, check(SignatureMode.STRICT, tampered));
    }

    @Test
    void refusesAKnownKeyWithoutSignatureOrWithAnUnknownMethod() {
        Map<String, String> unsigned = signed();
        unsigned.remove("Signature");
        assertEquals(Verdict.SIGNATURE_DOES_NOT_MATCH, check(SignatureMode.VERIFY_KNOWN, unsigned));

        Map<String, String> md5 = signed();
        md5.put("SignatureMethod", "HmacMD5");
        assertEquals(Verdict.SIGNATURE_DOES_NOT_MATCH, check(SignatureMode.VERIFY_KNOWN, md5));

        Map<String, String> noMethod = signed();
        noMethod.remove("SignatureMethod");
        assertEquals(Verdict.SIGNATURE_DOES_NOT_MATCH, check(SignatureMode.STRICT, noMethod));
    }

    @Test
    void refusesASignatureMadeWithTheOtherMethod() {
        Map<String, String> claimsSha1 = signed();
        claimsSha1.put("SignatureMethod", "HmacSHA1");
        assertEquals(Verdict.SIGNATURE_DOES_NOT_MATCH, check(SignatureMode.VERIFY_KNOWN, claimsSha1));
    }

    @Test
    void letsUnknownKeysThroughUncheckedInVerifyKnownMode() {
        Map<String, String> curl = Map.of("AWSAccessKeyId", "SOMEONE", "Action", "GetReportScheduleCount");
        assertEquals(Verdict.ACCEPTED, check(SignatureMode.VERIFY_KNOWN, curl));
        assertEquals(Verdict.ACCEPTED, check(SignatureMode.VERIFY_KNOWN, Map.of("Action", "GetReportScheduleCount")));
    }

    @Test
    void refusesUnknownOrMissingKeysInStrictMode() {
        Map<String, String> stranger = signed();
        stranger.put("AWSAccessKeyId", "SOMEONE");
        assertEquals(Verdict.UNKNOWN_ACCESS_KEY, check(SignatureMode.STRICT, stranger));
        assertEquals(Verdict.UNKNOWN_ACCESS_KEY, check(SignatureMode.STRICT, Map.of("Action", "GetReportScheduleCount")));
    }

    @Test
    void checksNothingWhenOff() {
        Map<String, String> tampered = signed();
        tampered.put("Signature", "wrong");
        assertEquals(Verdict.ACCEPTED, check(SignatureMode.OFF, tampered));
        assertEquals(Verdict.ACCEPTED, check(SignatureMode.OFF, Map.of("AWSAccessKeyId", "SOMEONE")));
    }

    @Test
    void strictModeWithoutKeysRefusesEveryone() {
        SignatureCheck strict = new SignatureCheck(SignatureMode.STRICT, SigningKeys.none());
        assertEquals(Verdict.UNKNOWN_ACCESS_KEY, strict.check("POST", HOST, PATH, signed()));
    }

    @Test
    void readsKeysFromTheCommandLineForm() {
        SigningKeys keys = SigningKeys.parse(List.of("AKID1=secret", "AKID2=with=equals=="));
        assertEquals("secret", keys.secretFor("AKID1").orElseThrow());
        assertEquals("with=equals==", keys.secretFor("AKID2").orElseThrow());
        assertTrue(keys.secretFor("AKID3").isEmpty());
        assertTrue(keys.secretFor(null).isEmpty());
        assertTrue(SigningKeys.none().secretFor("AKID1").isEmpty());
        assertFalse(keys.toString().contains("secret"), "toString must not leak secrets");
    }

    @Test
    void refusesMalformedKeyEntriesWithoutQuotingTheSecret() {
        String noEquals = assertThrows(IllegalArgumentException.class,
                () -> SigningKeys.parse(List.of("AKID1=ok", "justasecret"))).getMessage();
        assertTrue(noEquals.contains("entry 2") && noEquals.contains("ACCESS_KEY_ID=SECRET"), noEquals);
        assertFalse(noEquals.contains("justasecret"), noEquals);

        String emptyId = assertThrows(IllegalArgumentException.class,
                () -> SigningKeys.parse(List.of("=hidden"))).getMessage();
        assertTrue(emptyId.contains("empty access key id"), emptyId);
        assertFalse(emptyId.contains("hidden"), emptyId);

        String emptySecret = assertThrows(IllegalArgumentException.class,
                () -> SigningKeys.parse(List.of("AKID1="))).getMessage();
        assertTrue(emptySecret.contains("AKID1") && emptySecret.contains("empty secret"), emptySecret);

        String twice = assertThrows(IllegalArgumentException.class,
                () -> SigningKeys.parse(List.of("AKID1=a", "AKID1=b"))).getMessage();
        assertTrue(twice.contains("twice"), twice);
    }
}
