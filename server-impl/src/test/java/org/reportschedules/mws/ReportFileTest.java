package org.reportschedules.mws;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReportFileTest {

    @Test
    void contentMd5IsTheBase64OfTheMd5OfTheBytes() {
        // Amazon's developer guide: 1B2M2Y8AsgTpgAmY7PhCfg== is the Content-MD5 of the empty string.
        assertEquals("1B2M2Y8AsgTpgAmY7PhCfg==", new ReportFile("1", "").contentMd5());
        // RFC 1321's test suite: MD5("abc") = 900150983cd24fb0d6963f7d28e17f72.
        assertEquals("kAFQmDzST7DWlj99KOF/cg==", new ReportFile("1", "abc").contentMd5());
    }
}
