package org.reportschedules.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.SignatureMode;
import org.reportschedules.mws.SigningKeys;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests no well-behaved client sends, written byte for byte: each must get a 4xx (or a normal answer) in
 * the dialect's own format, never a 500 or a stack trace, and must not break later requests.
 */
class HostileRequestsTest {

    private static final String MWS_COMMON = "AWSAccessKeyId=K&SignatureVersion=2&SignatureMethod=HmacSHA256"
            + "&Timestamp=2026-11-23T08:00:00Z&Version=2009-01-01&Signature=x&SellerId=HOSTILE";


    @RegisterExtension
    static final InProcessStub stub = new InProcessStub(StubSettings.onPort(0)
                .withMws(new MwsSettings(SignatureMode.OFF, SigningKeys.none(), MwsSettings.Throttling.OFF, MwsSettings.ReportTypeRule.LENIENT)));

    @Test
    void aMalformedPercentEscapeIsRefusedInEachDialect() throws IOException {
        String pay = send("GET /v2/report-schedules?reportTypes=%zz HTTP/1.1\r\n", "", "");
        assertPayError(pay, "400", "InvalidRequest");

        String mws = send("POST /?Action=GetReportScheduleCount&x=%zz HTTP/1.1\r\n", "", "");
        assertMwsError(mws, "400", "InvalidParameterValue");
    }

    @Test
    void charactersAUriCannotHoldAreEscapedNotFatal() throws IOException {
        String response = send("GET /v2/report-schedules/a|b\"c HTTP/1.1\r\n", "", "");
        assertPayError(response, "404", "ResourceNotFound");
    }

    @Test
    void aControlCharacterInAnMwsValueIsRefusedAndStoresNothing() throws IOException {
        String refused = mws("Action=ManageReportSchedule&ReportType=_GET_ORDERS_DATA_%00&Schedule=_1_DAY_");
        assertMwsError(refused, "400", "InvalidParameterValue");

        String list = mws("Action=GetReportScheduleList");
        assertTrue(list.startsWith("HTTP/1.1 200"), list);
        assertFalse(list.contains("<ReportSchedule>"), list);
    }

    @Test
    void aMatrixParameterOnTheMwsPathStillReachesMws() throws IOException {
        String response = send("POST /Reports/2009-01-01;x HTTP/1.1\r\n", "application/x-www-form-urlencoded",
                "Action=GetReportScheduleCount&" + MWS_COMMON);
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("<Count>0</Count>"), response);
    }

    @Test
    void mwsAnswersXmlWhateverTheClientAccepts() throws IOException {
        String response = send("POST /Reports/2009-01-01 HTTP/1.1\r\nAccept: application/json\r\n",
                "application/x-www-form-urlencoded", "Action=GetReportScheduleCount&" + MWS_COMMON);
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.toLowerCase().contains("content-type: text/xml"), response);
        assertTrue(response.contains("<GetReportScheduleCountResponse xmlns=\"http://mws.amazonaws.com/doc/2009-01-01/\">"), response);
        assertTrue(response.contains("<Count>0</Count>"), response);
    }

    @Test
    void aContentTypeThatIsNotAMediaTypeIsRefusedWithABody() throws IOException {
        assertPayError(send("GET /v2/report-schedules/1 HTTP/1.1\r\n", ";", ""), "400", "InvalidHeaderValue");
        assertPayError(send("GET /v2/report-schedules/1 HTTP/1.1\r\n", "application/", ""), "400", "InvalidHeaderValue");
    }

    @Test
    void yearsOutsideOneToNineThousandNineHundredNinetyNineAreRefused() throws IOException {
        String zero = send("POST /v2/report-schedules HTTP/1.1\r\n", "application/json",
                "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\",\"scheduleFrequency\":\"P1D\","
                        + "\"nextReportCreationTime\":\"0000-01-01T00:00:00Z\"}");
        assertPayError(zero, "400", "InvalidParameterValue");

        String negative = mws("Action=ManageReportSchedule&ReportType=_GET_ORDERS_DATA_&Schedule=_1_DAY_"
                + "&ScheduleDate=-2026-11-24T00:00:00Z");
        assertMwsError(negative, "400", "InvalidParameterValue");
    }

    /** Found by GeneratedBadInputTest: a decoded line break made the Pay path unrecognised, so MWS claimed it and failed on Pay's refusal. */
    @Test
    void anEscapedLineBreakInAPayPathStaysAPayRequest() throws IOException {
        assertPayError(send("GET /v2/report-documents/%0D%0A HTTP/1.1\r\n", "application/x-www-form-urlencoded", ""), "404", "ResourceNotFound");
    }

    @Test
    void anUnknownMwsSectionAnswersInMwsFormat() throws IOException {
        assertMwsError(send("POST /Reports/2011-01-01 HTTP/1.1\r\n", "application/x-www-form-urlencoded",
                "Action=GetReportScheduleCount&" + MWS_COMMON), "404", "InvalidAddress");
    }

    @Test
    void aListParameterGivenTwiceIsReadAsOneListAsTheJavaSdkSendsIt() throws IOException {
        String both = send("GET /v2/report-schedules?reportTypes=_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_"
                + "&reportTypes=_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_ HTTP/1.1\r\n", "", "");
        assertTrue(both.startsWith("HTTP/1.1 200"), both);
        assertPayError(send("GET /v2/report-schedules?reportTypes=_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_&reportTypes=X HTTP/1.1\r\n",
                "", ""), "400", "InvalidParameterValue");
    }

    @Test
    void aParameterGivenTwiceIsRefusedRatherThanHalfRead() throws IOException {
        assertPayError(send("GET /v2/reports?pageSize=5&pageSize=50 HTTP/1.1\r\n", "", ""), "400", "InvalidParameterValue");
        assertMwsError(mws("Action=ManageReportSchedule&ReportType=_GET_ORDERS_DATA_&Schedule=_1_DAY_&Schedule=_NEVER_"),
                "400", "InvalidParameterValue");
    }

    @Test
    void onlyTheContractsBooleansAreBooleans() throws IOException {
        for (String flag : new String[] {"\"TRUE\"", "\"\"", "1"}) {
            String response = send("POST /v2/report-schedules HTTP/1.1\r\n", "application/json",
                    "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\",\"scheduleFrequency\":\"P1D\","
                            + "\"nextReportCreationTime\":\"20221118T150630Z\",\"deleteExistingSchedule\":" + flag + "}");
            assertPayError(response, "400", "InvalidParameterValue");
        }
        assertPayError(send("POST /v2/report-schedules?deleteExistingSchedule=TRUE HTTP/1.1\r\n", "application/json",
                "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_CAPTURE_DATA_\",\"scheduleFrequency\":\"P1D\","
                        + "\"nextReportCreationTime\":\"20221118T150630Z\"}"), "400", "InvalidParameterValue");
    }

    @Test
    void aBodyOnAGetOrDeleteIsIgnoredAndTheAnswerIsTheDialectsOwn() throws IOException {
        String get = send("GET /v2/report-schedules HTTP/1.1\r\n", "application/json", "{}");
        assertTrue(get.startsWith("HTTP/1.1 200"), get);
        assertTrue(get.contains("{\"reportSchedules\":["), get);
        assertTrue(get.toLowerCase().contains("x-amz-pay-request-id:"), get);

        assertPayError(send("DELETE /v2/report-schedules/50999999999 HTTP/1.1\r\n", "application/json", "{}"), "404", "ResourceNotFound");
        assertPayError(send("GET /live/v2/report-schedules/50999999999 HTTP/1.1\r\n", "text/plain", "anything"), "404", "ResourceNotFound");
    }

    @Test
    void traceConnectAndUnknownMethodsAreRefusedInEachDialectsFormat() throws IOException {
        for (String method : new String[] {"TRACE", "CONNECT", "FOO"}) {
            assertPayError(send(method + " /v2/report-schedules HTTP/1.1\r\n", "", ""), "405", "UnsupportedOperation");
            assertMwsError(send(method + " /Reports/2009-01-01 HTTP/1.1\r\n", "", ""), "400", "InvalidParameterValue");
            String admin = send(method + " /__admin/clock HTTP/1.1\r\n", "", "");
            assertTrue(admin.startsWith("HTTP/1.1 405") && admin.contains("\"code\":\"MethodNotAllowed\""), admin);
            assertTrue(admin.toLowerCase().contains("x-stub-request-id:"), admin);
            String docs = send(method + " /docs HTTP/1.1\r\n", "", "");
            assertTrue(docs.startsWith("HTTP/1.1 405") && docs.contains("the docs and contracts are read with GET"), docs);
            String document = send(method + " /documents/x HTTP/1.1\r\n", "", "");
            assertTrue(document.startsWith("HTTP/1.1 405") && document.contains("<Code>MethodNotAllowed</Code>"), document);
        }
    }

    @Test
    void aTraceWithABodyIsAnsweredOnceAndItsConnectionClosed() throws IOException {
        String answer = send("TRACE /v2/report-schedules HTTP/1.1\r\n", "text/plain", "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        assertPayError(answer, "405", "UnsupportedOperation");
        assertTrue(answer.indexOf("HTTP/1.1") == answer.lastIndexOf("HTTP/1.1"), answer);
    }

    @Test
    void aScheduleCreatedOverHttp10WithoutAHostIsTheSameMerchantsAsOverHttp11() throws IOException {
        String body = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_AUTHORIZATION_DATA_\",\"scheduleFrequency\":\"P1D\","
                + "\"nextReportCreationTime\":\"20991231T000000Z\"}";
        String created = sendRaw("POST /v2/report-schedules?deleteExistingSchedule=true HTTP/1.0\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body);
        assertTrue(created.startsWith("HTTP/1.1 201"), created);
        String id = created.replaceAll("(?s).*\"reportScheduleId\":\"([0-9]+)\".*", "$1");
        String cancelled = send("DELETE /v2/report-schedules/" + id + " HTTP/1.1\r\n", "", "");
        assertTrue(cancelled.startsWith("HTTP/1.1 200"), cancelled);
    }

    private static final String CREATE = "{\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_\","
            + "\"scheduleFrequency\":\"P1D\",\"nextReportCreationTime\":\"20221118T150630Z\"";

    @Test
    void aJsonFieldGivenTwiceIsRefusedInEachJsonDialect() throws IOException {
        String pay = send("POST /v2/report-schedules HTTP/1.1\r\n", "application/json",
                CREATE + ",\"reportType\":\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_\"}");
        assertPayError(pay, "400", "InvalidParameterValue");
        assertTrue(pay.contains("The field reportType is given more than once"), pay);

        String admin = send("PUT /__admin/clock HTTP/1.1\r\n", "application/json",
                "{\"now\":\"2026-01-01T00:00:00Z\",\"now\":\"2026-02-01T00:00:00Z\"}");
        assertTrue(admin.startsWith("HTTP/1.1 400"), admin);
        assertTrue(admin.contains("\"code\":\"MalformedRequest\"") && admin.contains("The field now is given more than once"), admin);
    }

    @Test
    void aNullFlagAndADateTimeWithATrailingSpaceAreRefusedAsTheContractRefusesThem() throws IOException {
        assertPayError(send("POST /v2/report-schedules HTTP/1.1\r\n", "application/json", CREATE + ",\"deleteExistingSchedule\":null}"),
                "400", "InvalidParameterValue");
        assertPayError(send("POST /v2/report-schedules HTTP/1.1\r\n", "application/json",
                CREATE.replace("150630Z", "150630Z ") + "}"), "400", "InvalidParameterValue");
    }

    @Test
    void aHugeNumberIsNamedAsSuchNotAsABodyThatIsNoObject() throws IOException {
        String response = send("POST /v2/report-schedules HTTP/1.1\r\n", "application/json",
                CREATE + ",\"deleteExistingSchedule\":" + "9".repeat(2000) + "}");
        assertPayError(response, "400", "InvalidRequestFormat");
        assertTrue(response.contains("The request body holds a number longer than 1000 digits."), response);
    }

    @Test
    void aRefusedValueIsEchoedCutToAHundredCharacters() throws IOException {
        String huge = "_".repeat(1_000_000);
        String response = send("POST /v2/report-schedules HTTP/1.1\r\n", "application/json", CREATE.replace(
                "\"_GET_FLAT_FILE_OFFAMAZONPAYMENTS_SETTLEMENT_DATA_\"", "\"" + huge + "\"") + "}");
        assertPayError(response, "400", "InvalidParameterValue");
        assertTrue(response.contains("_".repeat(100) + "… (1000000 characters)"), response.substring(0, 400));
        assertTrue(response.length() < 5_000, "an error of " + response.length() + " characters");

        String mws = mws("Action=ManageReportSchedule&ReportType=_GET_ORDERS_DATA_&Schedule=" + "X".repeat(100_000));
        assertMwsError(mws, "400", "InvalidScheduleFrequency");
        assertTrue(mws.length() < 5_000, "an error of " + mws.length() + " characters");
    }

    @Test
    void anUnknownPathIsNamedAsTheClientSentIt() throws IOException {
        String response = send("GET /live/v2/nothing HTTP/1.1\r\n", "", "");
        assertPayError(response, "404", "ResourceNotFound");
        assertTrue(response.contains("No operation exists at /live/v2/nothing."), response);
    }

    @Test
    void conflictingOrMalformedPayIdentitiesAreRefusedEvenUnsignedAndUnverified() throws IOException {
        String valid = "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=LIVE-A, SignedHeaders=accept, Signature=AAAA";
        for (String authorization : new String[] {
                "Authorization: " + valid + "\r\nAuthorization: " + valid.replace("LIVE-A", "LIVE-B") + "\r\n",
                "Authorization: AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=X, PublicKeyId=Y, SignedHeaders=accept, Signature=AAAA\r\n",
                "Authorization: AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=SP ACE, SignedHeaders=accept, Signature=AAAA\r\n",
                "Authorization: AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=LIVE-A, Signature=AAAA\r\n",
                "Authorization: AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=LIVE-A, SignedHeaders=accept\r\n",
                "Authorization: Bearer PublicKeyId=LIVE-A, SignedHeaders=accept, Signature=AAAA\r\n"}) {
            assertPayError(send("GET /v2/report-schedules HTTP/1.1\r\n" + authorization, "", ""), "400", "InvalidHeaderValue");
        }
        String unsigned = send("GET /v2/report-schedules HTTP/1.1\r\n", "", "");
        assertTrue(unsigned.startsWith("HTTP/1.1 200"), unsigned);
        String wellFormed = send("GET /v2/report-schedules HTTP/1.1\r\nAuthorization: " + valid + "\r\n", "", "");
        assertTrue(wellFormed.startsWith("HTTP/1.1 200"), wellFormed);
    }

    @Test
    void aSellerIdAndAMerchantNamingDifferentSellersAreRefused() throws IOException {
        String response = send("POST /Reports/2009-01-01 HTTP/1.1\r\n", "application/x-www-form-urlencoded",
                "Action=GetReportScheduleCount&Merchant=OTHER&" + MWS_COMMON);
        assertMwsError(response, "400", "InvalidParameterValue");
        String same = send("POST /Reports/2009-01-01 HTTP/1.1\r\n", "application/x-www-form-urlencoded",
                "Action=GetReportScheduleCount&Merchant=HOSTILE&" + MWS_COMMON);
        assertTrue(same.startsWith("HTTP/1.1 200"), same);
    }

    @Test
    void anMwsRequestToAPathNoSectionHasGetsMwsInvalidAddress() throws IOException {
        assertMwsError(send("POST /Orders/2013-09-01 HTTP/1.1\r\n", "application/x-www-form-urlencoded",
                "Action=ListOrders&" + MWS_COMMON), "404", "InvalidAddress");
        assertMwsError(send("POST /reports/2009-01-01 HTTP/1.1\r\n", "application/x-www-form-urlencoded",
                "Action=GetReportScheduleCount&" + MWS_COMMON), "404", "InvalidAddress");
        assertMwsError(send("POST /Orders/2013-09-01?Action=ListOrders&" + MWS_COMMON + " HTTP/1.1\r\n", "text/xml", ""),
                "404", "InvalidAddress");
        assertPayError(send("POST /v3/report-schedules HTTP/1.1\r\n", "application/json", "{}"), "404", "ResourceNotFound");
    }

    @Test
    void aSignatureVersionThatIsNotANumberIsNamedInTheError() throws IOException {
        String response = send("POST /Reports/2009-01-01 HTTP/1.1\r\n", "application/x-www-form-urlencoded",
                "Action=GetReportScheduleCount&" + MWS_COMMON.replace("SignatureVersion=2", "SignatureVersion=abc"));
        assertMwsError(response, "400", "InvalidParameterValue");
        assertTrue(response.contains("SignatureVersion"), response);
    }

    private static String mws(String parameters) throws IOException {
        return send("POST /Reports/2009-01-01 HTTP/1.1\r\n", "application/x-www-form-urlencoded", parameters + "&" + MWS_COMMON);
    }

    private static void assertPayError(String response, String status, String reasonCode) {
        assertTrue(response.startsWith("HTTP/1.1 " + status), response);
        assertTrue(response.contains("\"reasonCode\":\"" + reasonCode + "\""), response);
        assertTrue(response.toLowerCase().contains("x-amz-pay-request-id:"), response);
        assertFalse(response.contains("Exception"), response);
    }

    private static void assertMwsError(String response, String status, String code) {
        assertTrue(response.startsWith("HTTP/1.1 " + status), response);
        assertTrue(response.contains("<Code>" + code + "</Code>"), response);
        assertTrue(response.toLowerCase().contains("x-mws-quota-max:"), response);
        assertFalse(response.contains("Exception"), response);
    }

    /** One request on its own connection, as raw bytes; the whole answer as text. */
    private static String sendRaw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", stub.uri().getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    /** One request on its own connection, as raw bytes; the whole answer as text. */
    private static String send(String requestLineAndHeaders, String contentType, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(requestLineAndHeaders)
                .append("Host: 127.0.0.1:").append(stub.uri().getPort()).append("\r\n")
                .append("Connection: close\r\n");
        if (!contentType.isEmpty()) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        request.append("Content-Length: ").append(content.length).append("\r\n\r\n");
        try (Socket socket = new Socket("127.0.0.1", stub.uri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
