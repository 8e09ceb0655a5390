package org.reportschedules.mws.http;

import org.junit.jupiter.api.Test;
import org.reportschedules.mws.MwsError;
import org.reportschedules.mws.MwsErrorCode;
import org.reportschedules.store.StoreUnavailable;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoreUnavailableAnswerTest {

    @Test
    void aChangeTheStoreCouldNotKeepIsAServiceUnavailableNotAnInternalError() {
        MwsError error = MwsErrorTranslator.translate(new StoreUnavailable("disk full", null), "POST", "/");
        assertEquals(MwsErrorCode.ServiceUnavailable, error.code());
        assertEquals(503, error.code().status());
        assertEquals("Receiver", error.code().type());
    }
}
