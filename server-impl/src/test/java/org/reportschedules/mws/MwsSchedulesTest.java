package org.reportschedules.mws;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.reportschedules.api.mws.model.Schedule;
import org.reportschedules.domain.Frequency;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Schedule names appear in the YAML (the Schedule enum, its durations, the form parameter) and in the
 * XML Schema, which cannot refer to the YAML: this keeps every copy equal to the one the stub reads.
 */
class MwsSchedulesTest {

    private final MwsSchedules schedules = MwsSchedules.fromContract();

    @Test
    void theDocumentedNamesMapOntoTheSameDurationsAsThePayApi() {
        assertEquals(Frequency.of("PT15M"), schedules.frequencyOf("_15_MINUTES_").orElseThrow());
        assertEquals(Frequency.of("P1D"), schedules.frequencyOf("_1_DAY_").orElseThrow());
        assertEquals(Frequency.of("P3D"), schedules.frequencyOf("_72_HOURS_").orElseThrow());
        assertEquals(Frequency.of("P7D"), schedules.frequencyOf("_1_WEEK_").orElseThrow());
        assertEquals(Frequency.of("P30D"), schedules.frequencyOf("_30_DAYS_").orElseThrow());
        assertTrue(schedules.frequencyOf(MwsSchedules.NEVER).isEmpty());
        assertEquals("_1_DAY_", schedules.nameOf(Frequency.of("PT24H")), "named by duration, not by text");
    }

    @Test
    void everyCopyOfTheScheduleNamesIsTheSame() throws Exception {
        JsonNode yaml;
        try (InputStream in = getClass().getResourceAsStream("/openapi/mws-reports.yaml")) {
            yaml = new YAMLMapper().readTree(in);
        }
        List<String> enumNames = texts(yaml.at("/components/schemas/Schedule/enum"));
        List<String> withDurations = new ArrayList<>();
        yaml.at("/components/schemas/Schedule/x-iso8601-durations").fieldNames().forEachRemaining(withDurations::add);
        withDurations.add(MwsSchedules.NEVER);
        List<String> formParameter = texts(yaml.at("/components/schemas/MwsRequest/properties/Schedule/enum"));
        List<String> generated = Arrays.stream(Schedule.values()).map(Schedule::toString).toList();

        assertEquals(enumNames, withDurations, "x-iso8601-durations covers the enum, _NEVER_ aside");
        assertEquals(enumNames, formParameter, "the form parameter's enum");
        assertEquals(enumNames, generated, "the generated enum");
        assertEquals(enumNames, xsdScheduleNames(), "the XML Schema's Schedule type");
        enumNames.forEach(name -> assertTrue(schedules.isKnown(name), name));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        assertTrue(!texts.isEmpty(), "no enum found in the contract at that place");
        return texts;
    }

    private List<String> xsdScheduleNames() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList types;
        try (InputStream in = getClass().getResourceAsStream("/openapi/mws-reports.xsd")) {
            types = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "simpleType");
        }
        for (int i = 0; i < types.getLength(); i++) {
            Element type = (Element) types.item(i);
            if (type.getAttribute("name").equals("Schedule")) {
                NodeList values = type.getElementsByTagNameNS("http://www.w3.org/2001/XMLSchema", "enumeration");
                List<String> names = new ArrayList<>();
                for (int j = 0; j < values.getLength(); j++) {
                    names.add(((Element) values.item(j)).getAttribute("value"));
                }
                return names;
            }
        }
        throw new AssertionError("mws-reports.xsd has no simpleType named Schedule");
    }
}
