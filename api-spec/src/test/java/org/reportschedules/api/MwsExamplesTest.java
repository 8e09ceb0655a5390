package org.reportschedules.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples of mws-reports.yaml that the linter cannot check (redocly.yaml turns no-invalid-media-type-examples
 * off for this file, since it reads XML as JSON): every XML example validates against mws-reports.xsd, and every
 * form request example is a request the contract accepts.
 */
class MwsExamplesTest {

    private static final JsonNode CONTRACT = Contracts.read(Contracts.SOURCES.resolve("mws-reports.yaml"));

    @Test
    void everyXmlExampleValidatesAgainstTheXsd() throws Exception {
        Schema xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Contracts.SOURCES.resolve("mws-reports.xsd").toFile());
        Map<String, String> examples = examples("text/xml");
        assertTrue(examples.size() >= 15, "expected the contract's XML examples, found " + examples.keySet());

        List<String> invalid = new ArrayList<>();
        examples.forEach((where, xml) -> {
            try {
                xsd.newValidator().validate(new StreamSource(new StringReader(xml)));
            } catch (SAXException | java.io.IOException e) {
                invalid.add(where + ": " + e.getMessage());
            }
        });
        assertEquals(List.of(), invalid);
    }

    @Test
    void everyFormExampleIsARequestTheContractAccepts() {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(CONTRACT.toString()).build();
        Map<String, JsonNode> forms = new LinkedHashMap<>();
        CONTRACT.path("components").path("requestBodies").path("MwsRequest").path("content")
                .path("application/x-www-form-urlencoded").path("examples")
                .properties().forEach(example -> forms.put(example.getKey(), example.getValue().path("value")));
        assertTrue(forms.size() >= 5, "expected the contract's form examples, found " + forms.keySet());

        forms.forEach((name, form) -> {
            Request request = SimpleRequest.Builder.post("/Reports/2009-01-01")
                    .withContentType("application/x-www-form-urlencoded")
                    .withBody(formBody(form))
                    .build();
            ValidationReport report = validator.validateRequest(request);
            assertTrue(!report.hasErrors(), name + ": " + report.getMessages());
        });
    }

    /** Every text/xml example of the contract (responses and their components), keyed by where it is. */
    private static Map<String, String> examples(String mediaType) {
        Map<String, String> found = new LinkedHashMap<>();
        collect(CONTRACT, "#", mediaType, found);
        return found;
    }

    private static void collect(JsonNode node, String where, String mediaType, Map<String, String> found) {
        node.properties().forEach(field -> {
            String here = where + "/" + field.getKey();
            JsonNode value = field.getValue();
            if (field.getKey().equals(mediaType)) {
                if (value.has("example")) {
                    found.put(here + "/example", value.get("example").asText());
                }
                value.path("examples").properties()
                        .forEach(example -> found.put(here + "/examples/" + example.getKey(), example.getValue().path("value").asText()));
            } else if (value.isObject()) {
                collect(value, here, mediaType, found);
            }
        });
    }

    private static String formBody(JsonNode form) {
        return form.properties().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue().asText()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
