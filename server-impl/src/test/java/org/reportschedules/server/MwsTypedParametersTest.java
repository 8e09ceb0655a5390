package org.reportschedules.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The generated MWS interface's typed parameters (MaxCount, ReportId, Acknowledged, ...) are converted by Jersey
 * from the form the dialect decoded (query and body joined), not from the body as sent: a value Jersey cannot
 * convert is refused as MWS refuses it, whichever half of the request carried it.
 */
class MwsTypedParametersTest {

    private static final String COMMON = MwsPosts.COMMON;

    private final StubSettings settings = StubSettings.onPort(0);

    @Test
    void aTypedParameterJerseyCannotConvertIsRefusedFromTheBodyOrTheQuery() throws Exception {
        try (StubServer stub = StubServer.start(settings)) {
            for (HttpResponse<String> refused : List.of(post(stub, "", "Action=GetReportList&MaxCount=abc&" + COMMON),
                    post(stub, "?MaxCount=abc", "Action=GetReportList&" + COMMON))) {
                assertEquals(400, refused.statusCode(), refused.body());
                assertTrue(refused.body().contains("<Code>InvalidParameterValue</Code>")
                        && refused.body().contains("<Message>Invalid value for parameter MaxCount.</Message>"), refused.body());
            }
            HttpResponse<String> listed = post(stub, "?MaxCount=5", "Action=GetReportList&" + COMMON);
            assertEquals(200, listed.statusCode(), listed.body());
        }
    }

    private HttpResponse<String> post(StubServer stub, String query, String form) throws Exception {
        return MwsPosts.post(stub, settings, query, form);
    }
}
