package org.reportschedules.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

    private static StubServer stub;

    @BeforeAll
    static void start() {
        stub = StubServer.start(StubSettings.onPort(0)
                .withMws(new MwsSettings(SignatureMode.OFF, SigningKeys.none(), MwsSettings.Throttling.OFF, MwsSettings.ReportTypeRule.LENIENT)));
    }

    @AfterAll
    static void stop() {
        stub.close();
    }

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
