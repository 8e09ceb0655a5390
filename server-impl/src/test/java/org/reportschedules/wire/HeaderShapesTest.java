package org.reportschedules.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HeaderShapesTest {

    private static final List<String> READABLE = List.of("application/json", "application/json; charset=UTF-8",
            "text/xml;charset=utf-8", "application/x-www-form-urlencoded", "*/*");
    private static final List<String> UNREADABLE = List.of("json", "application/", "/json", "application/json; charset",
            "a/b/c", "");

    @Test
    void theSameAnswerTheFirstTimeAndEveryTimeAfter() {
        for (int round = 0; round < 3; round++) {
            READABLE.forEach(value -> assertEquals(true, HeaderShapes.isMediaTypeOrAbsent(value), value));
            UNREADABLE.forEach(value -> assertEquals(false, HeaderShapes.isMediaTypeOrAbsent(value), value));
        }
        assertEquals(true, HeaderShapes.isMediaTypeOrAbsent(null));
        assertEquals(true, HeaderShapes.isMediaTypeListOrAbsent("application/json, text/xml"));
        assertEquals(false, HeaderShapes.isMediaTypeListOrAbsent("application/json, json"));
    }

    @Test
    void valuesBeyondWhatIsRememberedAreStillRead() {
        for (int i = 0; i < 1_000; i++) {
            assertEquals(true, HeaderShapes.isMediaTypeOrAbsent("application/x-" + i), "application/x-" + i);
            assertEquals(false, HeaderShapes.isMediaTypeOrAbsent("x-" + i), "x-" + i);
            String longValue = "application/" + "y".repeat(300) + i;
            assertEquals(true, HeaderShapes.isMediaTypeOrAbsent(longValue));
        }
        READABLE.forEach(value -> assertEquals(true, HeaderShapes.isMediaTypeOrAbsent(value), value));
        UNREADABLE.forEach(value -> assertEquals(false, HeaderShapes.isMediaTypeOrAbsent(value), value));
    }
}
