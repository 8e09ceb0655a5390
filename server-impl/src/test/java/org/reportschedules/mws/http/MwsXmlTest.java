package org.reportschedules.mws.http;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.reportschedules.api.mws.model.GetReportCountResponse;
import org.reportschedules.api.mws.model.GetReportCountResult;
import org.reportschedules.api.mws.model.GetReportListByNextTokenResponse;
import org.reportschedules.api.mws.model.GetReportListResponse;
import org.reportschedules.api.mws.model.ManageReportScheduleResponse;
import org.reportschedules.api.mws.model.ManageReportScheduleResult;
import org.reportschedules.api.mws.model.ReportInfo;
import org.reportschedules.api.mws.model.ReportListResult;
import org.reportschedules.api.mws.model.ReportSchedule;
import org.reportschedules.api.mws.model.ResponseMetadata;
import org.reportschedules.api.mws.model.Schedule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The XML the stub writes is the XML the contract's schema describes. */
public class MwsXmlTest {

    @Test
    void manageReportScheduleResponseMatchesTheSchemaAndTheLiveShape() throws Exception {
        ManageReportScheduleResponse response = new ManageReportScheduleResponse()
                .manageReportScheduleResult(new ManageReportScheduleResult()
                        .addReportScheduleItem(new ReportSchedule()
                                .reportType("_GET_ORDERS_DATA_")
                                .schedule(Schedule._30_DAYS_)
                                .scheduledDate(OffsetDateTime.of(2009, 2, 20, 2, 10, 42, 0, ZoneOffset.UTC)))
                        .count(1))
                .responseMetadata(new ResponseMetadata().requestId("7ee1bc50-5a13-4db1-afd7-1386e481984e"));

        String xml = MwsXml.write(response);

        validate(xml);
        assertTrue(xml.contains("<ManageReportScheduleResponse xmlns=\"http://mws.amazonaws.com/doc/2009-01-01/\">"), xml);
        assertTrue(xml.contains("<ScheduledDate>2009-02-20T02:10:42+00:00</ScheduledDate></ReportSchedule><Count>1</Count>"), xml);
    }

    @Test
    void errorResponseMatchesTheSchema() throws Exception {
        String xml = MwsXml.write(new org.reportschedules.api.mws.model.ErrorResponse()
                .error(new org.reportschedules.api.mws.model.MwsError()
                        .type(org.reportschedules.api.mws.model.MwsError.TypeEnum.SENDER)
                        .code("MissingParameter")
                        .message("The request must contain the parameter ReportType."))
                .requestId("2cfbb31d-0000-0000-0000-000000000000"));

        validate(xml);
    }

    @Test
    void getReportListResponseMatchesTheSchemaAndTheLiveShape() throws Exception {
        GetReportListResponse response = new GetReportListResponse()
                .getReportListResult(new ReportListResult()
                        .nextToken("2YgYW55IPQhvu5hbCBwbGVhc3VyZS4=")
                        .hasNext(true)
                        .addReportInfoItem(reportInfo("59000000003"))
                        .addReportInfoItem(reportInfo("59000000002")))
                .responseMetadata(new ResponseMetadata().requestId("27023624-21fe-4b00-b057-32fb54c4dc7c"));

        String xml = MwsXml.write(response);

        validate(xml);
        assertTrue(xml.contains("<GetReportListResult><NextToken>2YgYW55IPQhvu5hbCBwbGVhc3VyZS4=</NextToken><HasNext>true</HasNext>"
                + "<ReportInfo><ReportType>_GET_ORDERS_DATA_</ReportType><Acknowledged>false</Acknowledged>"
                + "<ReportId>59000000003</ReportId><ReportRequestId>58000000003</ReportRequestId>"
                + "<AvailableDate>2020-06-11T07:44:32+00:00</AvailableDate></ReportInfo><ReportInfo>"), xml);
    }

    @Test
    void aLastPageHasNoNextTokenElement() throws Exception {
        String xml = MwsXml.write(new GetReportListByNextTokenResponse()
                .getReportListByNextTokenResult(new ReportListResult().hasNext(false))
                .responseMetadata(new ResponseMetadata().requestId("fbf677c1-dcee-4110-bc88-2ba3702e331b")));

        validate(xml);
        assertFalse(xml.contains("NextToken>"), xml);
        assertTrue(xml.contains("<GetReportListByNextTokenResult><HasNext>false</HasNext></GetReportListByNextTokenResult>"), xml);
    }

    @Test
    void getReportCountResponseMatchesTheSchema() throws Exception {
        validate(MwsXml.write(new GetReportCountResponse()
                .getReportCountResult(new GetReportCountResult().count(4))
                .responseMetadata(new ResponseMetadata().requestId("fb099b2a-af7d-4768-8575-99f37e1e707f"))));
    }

    private static ReportInfo reportInfo(String reportId) {
        return new ReportInfo()
                .reportType("_GET_ORDERS_DATA_")
                .acknowledged(false)
                .reportId(reportId)
                .reportRequestId("58" + reportId.substring(2))
                .availableDate(OffsetDateTime.of(2020, 6, 11, 7, 44, 32, 0, ZoneOffset.UTC));
    }

    /** Fails unless the document is valid by the contract's XML Schema, mws-reports.xsd. */
    public static void validate(String xml) throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(MwsXmlTest.class.getResource("/openapi/mws-reports.xsd"))
                .newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }
}
