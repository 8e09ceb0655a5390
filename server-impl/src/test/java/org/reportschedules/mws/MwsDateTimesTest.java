package org.reportschedules.mws;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-read common form gives what the java.time parsers gave, for good and bad texts alike. */
class MwsDateTimesTest {

    @Test
    void readsAsTheParsersDidOnRandomTexts() {
        Random random = new Random(13);
        String digitsAndMore = "0123456789012345678901234567890123456789 -+T:Z.a\u0660";
        for (int i = 0; i < 50_000; i++) {
            char[] text = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(10_000), random.nextInt(14),
                    random.nextInt(33), random.nextInt(26), random.nextInt(61), random.nextInt(62)).toCharArray();
            if (random.nextInt(4) == 0) {
                text[random.nextInt(text.length)] = digitsAndMore.charAt(random.nextInt(digitsAndMore.length()));
            }
            String sent = new String(text);
            assertEquals(MwsDateTimes.readByParsers(sent), MwsDateTimes.read(sent), sent);
        }
    }

    @Test
    void readsOtherFormsAsBefore() {
        for (String sent : new String[] {"2009-02-20T02:10:42.123Z", "2009-02-20T02:10:42+02:00", "2009-02-20T02:10:42",
            "2009-02-20T02:10Z", "2009-02-29T02:10:42Z", "2008-02-29T23:59:59Z", "+2009-02-20T02:10:42Z", "2009-02-20t02:10:42Z"}) {
            assertEquals(MwsDateTimes.readByParsers(sent), MwsDateTimes.read(sent), sent);
        }
    }
}
