package org.reportschedules.conformance.mws;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Pins the suite's signer to vectors computed outside Java, the same ones the server's tests use. */
class MwsSignerTest {

    private static final Clock SEED_TIME = Clock.fixed(Instant.parse("2009-01-14T20:50:30.218Z"), ZoneOffset.UTC);

    private static MwsSigner signer(String baseUri, String signatureMethod) {
        return new MwsSigner(URI.create(baseUri), "/Reports/2009-01-01", "AKIDEXAMPLE", "example-secret",
                signatureMethod, SEED_TIME);
    }

    private static Map<String, String> manageReportSchedule() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", "ManageReportSchedule");
        parameters.put("SellerId", "A3EXAMPLE4D");
        parameters.put("Marketplace", "ATVPDKIKX0DER");
        parameters.put("ReportType", "_GET_ORDERS_DATA_");
        parameters.put("Schedule", "_30_DAYS_");
        parameters.put("Version", "2009-01-01");
        return parameters;
    }

    @Test
    void signsTheSeedExampleWithHmacSha256() {
        Map<String, String> signed = signer("http://127.0.0.1:8080", "HmacSHA256").sign(manageReportSchedule());
        // Obtained outside Java:
        // printf '%s' "$STRING_TO_SIGN" | openssl dgst -sha256 -hmac example-secret -binary | base64
        assertEquals("POST\n127.0.0.1:8080\n/Reports/2009-01-01\n"
                + "AWSAccessKeyId=AKIDEXAMPLE&Action=ManageReportSchedule&Marketplace=ATVPDKIKX0DER"
                + "&ReportType=_GET_ORDERS_DATA_&Schedule=_30_DAYS_&SellerId=A3EXAMPLE4D&SignatureMethod=HmacSHA256"
                + "&SignatureVersion=2&Timestamp=2009-01-14T20%3A50%3A30.218Z&Version=2009-01-01",
                signer("http://127.0.0.1:8080", "HmacSHA256").stringToSign("POST", signed));
        assertEquals("FdT3UUcOI4WkYPUO5YA2ts17W1sdZup2+neKl5TwhgU=", signed.get("Signature"));
        assertEquals("2009-01-14T20:50:30.218Z", signed.get("Timestamp"));
        assertEquals(List.of("Action", "SellerId", "Marketplace", "ReportType", "Schedule", "Version",
                        "AWSAccessKeyId", "SignatureMethod", "SignatureVersion", "Timestamp", "Signature"),
                List.copyOf(signed.keySet()));
    }

    @Test
    void signsTheSeedExampleWithHmacSha1() {
        // Obtained outside Java: the same string with SignatureMethod=HmacSHA1, piped into
        // openssl dgst -sha1 -hmac example-secret -binary | base64
        assertEquals("G5KFcQWT+1tHaZqbjzOUK8+cV1c=",
                signer("http://127.0.0.1:8080", "HmacSHA1").sign(manageReportSchedule()).get("Signature"));
    }

    @Test
    void aGivenExpiresDatesTheRequestInsteadOfTimestamp() {
        Map<String, String> parameters = manageReportSchedule();
        parameters.put("Expires", "2009-01-14T21:05:30.218Z");
        Map<String, String> signed = signer("http://127.0.0.1:8080", "HmacSHA256").sign(parameters);
        assertFalse(signed.containsKey("Timestamp"), signed::toString);
        assertEquals("2009-01-14T21:05:30.218Z", signed.get("Expires"));
        assertEquals("2009-01-14T20:50:30.218Z", MwsSigner.timestamp(Instant.parse("2009-01-14T20:50:30.218999Z")));
    }

    @Test
    void leavesTheDefaultPortOutAndEncodesLikeRfc3986() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("\uD83D\uDE00", "1");
        parameters.put("\uFF21", "a b*c~d/e:fü+");
        parameters.put("ReportTypeList.Type.2", "x");
        parameters.put("ReportTypeList.Type.10", "y");
        parameters.put("action", "z");
        String stringToSign = signer("https://MWS.Example:443", "HmacSHA256").stringToSign("POST", parameters);
        assertEquals("POST\nmws.example\n/Reports/2009-01-01\n"
                + "ReportTypeList.Type.10=y&ReportTypeList.Type.2=x&action=z"
                + "&%EF%BC%A1=a%20b%2Ac~d%2Fe%3Af%C3%BC%2B&%F0%9F%98%80=1", stringToSign);
    }
}
