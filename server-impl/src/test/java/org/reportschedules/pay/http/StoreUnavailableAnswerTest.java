package org.reportschedules.pay.http;

import org.junit.jupiter.api.Test;
import org.reportschedules.pay.PayError;
import org.reportschedules.pay.PayReasonCode;
import org.reportschedules.store.StoreUnavailable;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoreUnavailableAnswerTest {

    @Test
    void aChangeTheStoreCouldNotKeepIsAServiceUnavailableNotAnInternalError() {
        PayError error = PayErrorTranslator.translate(new RuntimeException(new StoreUnavailable("disk full", null)), "POST", "/v2/reports");
        assertEquals(PayReasonCode.ServiceUnavailable, error.reasonCode());
        assertEquals(503, error.status());
        assertEquals(StoreUnavailable.MESSAGE, error.message());
    }
}
