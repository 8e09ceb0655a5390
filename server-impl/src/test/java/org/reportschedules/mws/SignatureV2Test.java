package org.reportschedules.mws;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignatureV2Test {

    /** The seed's ManageReportSchedule example, with a fixed key, seller and timestamp. */
    static Map<String, String> manageReportSchedule(String signatureMethod) {
        Map<String, String> parameters = new LinkedHashMap<>();
        // Deliberately not in signing order: the string to sign must sort them.
        parameters.put("Version", "2009-01-01");
        parameters.put("Timestamp", "2009-01-14T20:50:30.218Z");
        parameters.put("SignatureVersion", "2");
        parameters.put("SignatureMethod", signatureMethod);
        parameters.put("SellerId", "A3EXAMPLE4D");
        parameters.put("Schedule", "_30_DAYS_");
        parameters.put("ReportType", "_GET_ORDERS_DATA_");
        parameters.put("Marketplace", "ATVPDKIKX0DER");
        parameters.put("Action", "ManageReportSchedule");
        parameters.put("AWSAccessKeyId", "AKIDEXAMPLE");
        return parameters;
    }

    static final String STRING_TO_SIGN = "POST\n127.0.0.1:8080\n/Reports/2009-01-01\n"
            + "AWSAccessKeyId=AKIDEXAMPLE&Action=ManageReportSchedule&Marketplace=ATVPDKIKX0DER"
            + "&ReportType=_GET_ORDERS_DATA_&Schedule=_30_DAYS_&SellerId=A3EXAMPLE4D&SignatureMethod=HmacSHA256"
            + "&SignatureVersion=2&Timestamp=2009-01-14T20%3A50%3A30.218Z&Version=2009-01-01";

    @Test
    void buildsTheStringToSignOfTheSeedExample() {
        assertEquals(STRING_TO_SIGN, SignatureV2.stringToSign("POST", "127.0.0.1:8080", "/Reports/2009-01-01",
                manageReportSchedule("HmacSHA256")));
    }

    @Test
    void signsWithHmacSha256() {
        // Obtained outside Java: printf '%s' "$STRING_TO_SIGN" | openssl dgst -sha256 -hmac example-secret -binary | base64
        assertEquals("FdT3UUcOI4WkYPUO5YA2ts17W1sdZup2+neKl5TwhgU=",
                SignatureV2.sign(STRING_TO_SIGN, "example-secret", SignatureMethod.HmacSHA256));
    }

    @Test
    void signsWithHmacSha1() {
        String stringToSign = SignatureV2.stringToSign("POST", "127.0.0.1:8080", "/Reports/2009-01-01",
                manageReportSchedule("HmacSHA1"));
        // Obtained outside Java: the same string with SignatureMethod=HmacSHA1, piped into
        // openssl dgst -sha1 -hmac example-secret -binary | base64
        assertEquals("G5KFcQWT+1tHaZqbjzOUK8+cV1c=",
                SignatureV2.sign(stringToSign, "example-secret", SignatureMethod.HmacSHA1));
    }

    @Test
    void reproducesAmazonsPublishedExample() {
        // The worked example of AWS's "Signature Version 2 signing process" page (Elastic MapReduce
        // DescribeJobFlows); openssl gives the same value.
        Map<String, String> parameters = Map.of(
                "AWSAccessKeyId", "AKIAIOSFODNN7EXAMPLE",
                "Action", "DescribeJobFlows",
                "SignatureMethod", "HmacSHA256",
                "SignatureVersion", "2",
                "Timestamp", "2011-10-03T15:19:30",
                "Version", "2009-03-31");
        String stringToSign = SignatureV2.stringToSign("GET", "elasticmapreduce.amazonaws.com", "", parameters);
        assertEquals("i91nKc4PWAt0JJIdXwz9HxZCJDdiy6cf/Mj6vPxyYIs=",
                SignatureV2.sign(stringToSign, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", SignatureMethod.HmacSHA256));
    }

    @Test
    void encodesEverythingButUnreservedCharacters() {
        assertEquals("a%20b", SignatureV2.encode("a b"));
        assertEquals("%2A", SignatureV2.encode("*"));
        assertEquals("~", SignatureV2.encode("~"));
        assertEquals("%2F", SignatureV2.encode("/"));
        assertEquals("%3A", SignatureV2.encode(":"));
        assertEquals("%2B%3D%26", SignatureV2.encode("+=&"));
        assertEquals("AZaz09-_.", SignatureV2.encode("AZaz09-_."));
        assertEquals("M%C3%BCller", SignatureV2.encode("Müller"));
        assertEquals("%F0%9F%98%80", SignatureV2.encode("\uD83D\uDE00"));
    }

    @Test
    void encodesNamesAndValuesInTheQuery() {
        assertEquals("POST\nhost\n/\nK%C3%BC%20y=a%2Ab~c%2Fd%3Ae",
                SignatureV2.stringToSign("POST", "host", "/", Map.of("Kü y", "a*b~c/d:e")));
    }

    @Test
    void leavesOutTheSignatureAndSignsAnEmptyValue() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Signature", "whatever");
        parameters.put("Empty", "");
        parameters.put("Absent", null);
        assertEquals("POST\nhost\n/\nAbsent=&Empty=", SignatureV2.stringToSign("POST", "host", "/", parameters));
    }

    @Test
    void dropsOnlyTheDefaultPortsAndLowerCasesTheHost() {
        assertEquals("mws.amazonservices.com", hostLine("MWS.AmazonServices.com:443"));
        assertEquals("mws.amazonservices.com", hostLine("mws.amazonservices.com:80"));
        assertEquals("127.0.0.1:8080", hostLine("127.0.0.1:8080"));
        assertEquals("localhost:8443", hostLine("localhost:8443"));
        assertEquals("localhost:41234", hostLine("localhost:41234"));
        assertEquals("[::1]", hostLine("[::1]:443"));
        assertEquals("[::1]:8080", hostLine("[::1]:8080"));
    }

    @Test
    void keepsThePathAsReceivedAndSignsAnEmptyOneAsSlash() {
        assertEquals("/Reports/2009-01-01", pathLine("/Reports/2009-01-01"));
        assertEquals("/a%20b", pathLine("/a%20b"));
        assertEquals("/", pathLine(""));
    }

    @Test
    void sortsNamesByByteOrder() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ReportTypeList.Type.2", "b");
        parameters.put("ReportTypeList.Type.10", "a");
        parameters.put("action", "lower");
        parameters.put("Zeta", "upper");
        assertEquals("ReportTypeList.Type.10=a&ReportTypeList.Type.2=b&Zeta=upper&action=lower",
                queryLine(parameters));
    }

    @Test
    void sortsNonAsciiNamesByTheirUtf8BytesNotByUtf16() {
        // U+FF21 is EF BC A1 in UTF-8 and sorts before the emoji (F0 ...), although its UTF-16 unit
        // 0xFF21 is above the emoji's high surrogate 0xD83D.
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("\uD83D\uDE00", "1");
        parameters.put("\uFF21", "2");
        parameters.put("z", "3");
        assertEquals("z=3&%EF%BC%A1=2&%F0%9F%98%80=1", queryLine(parameters));
    }

    @Test
    void comparesSignaturesExactly() {
        assertTrue(SignatureV2.matches("abc=", "abc="));
        assertFalse(SignatureV2.matches("abc=", "abd="));
        assertFalse(SignatureV2.matches("abc=", "abc"));
        assertFalse(SignatureV2.matches("abc=", null));
    }

    @Test
    void knowsBothSignatureMethodsByTheirExactNames() {
        assertEquals(SignatureMethod.HmacSHA256, SignatureMethod.of("HmacSHA256").orElseThrow());
        assertEquals(SignatureMethod.HmacSHA1, SignatureMethod.of("HmacSHA1").orElseThrow());
        assertTrue(SignatureMethod.of("hmacsha256").isEmpty());
        assertTrue(SignatureMethod.of("HmacMD5").isEmpty());
        assertTrue(SignatureMethod.of(null).isEmpty());
    }

    private static String hostLine(String hostHeader) {
        return SignatureV2.stringToSign("POST", hostHeader, "/", Map.of()).split("\n", -1)[1];
    }

    private static String pathLine(String rawPath) {
        return SignatureV2.stringToSign("POST", "host", rawPath, Map.of()).split("\n", -1)[2];
    }

    private static String queryLine(Map<String, String> parameters) {
        return SignatureV2.stringToSign("POST", "host", "/", parameters).split("\n", -1)[3];
    }

    /** The Macs kept per key are copied for each signature: many threads, keys and methods at once, each one right. */
    @Test
    void keptMacsGiveEverySignatureAFreshMacWouldGive() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> signers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = t;
                signers.add(threads.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 2_000; i++) {
                        String secret = "secret-" + random.nextInt(4);
                        SignatureMethod method = SignatureMethod.values()[random.nextInt(2)];
                        String text = "POST\nmws.amazonservices.com\n/\nAction=" + random.nextLong();
                        assertEquals(freshMac(text, secret, method), SignatureV2.sign(text, secret, method));
                    }
                    return null;
                }));
            }
            for (Future<?> signer : signers) {
                signer.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static String freshMac(String text, String secret, SignatureMethod method) throws Exception {
        Mac mac = Mac.getInstance(method.jcaAlgorithm());
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), method.jcaAlgorithm()));
        return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
