package org.reportschedules.mws.http;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.reportschedules.api.mws.model.ManageReportScheduleResponse;
import org.reportschedules.api.mws.model.ManageReportScheduleResult;
import org.reportschedules.api.mws.model.ReportSchedule;
import org.reportschedules.api.mws.model.ResponseMetadata;
import org.reportschedules.api.mws.model.Schedule;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The XML the stub writes is the XML the contract's schema describes. */
class MwsXmlTest {

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

    static void validate(String xml) throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(MwsXmlTest.class.getResource("/openapi/mws-reports.xsd"))
                .newValidator();
        validator.validate(new StreamSource(new StringReader(xml)));
    }
}
