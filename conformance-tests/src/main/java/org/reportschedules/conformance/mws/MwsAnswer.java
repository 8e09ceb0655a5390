package org.reportschedules.conformance.mws;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import io.restassured.response.Response;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** An MWS XML answer, read namespace-aware: elements count only in the namespace real clients bind to. */
public final class MwsAnswer {

    public static final String NAMESPACE = "http://mws.amazonaws.com/doc/2009-01-01/";

    private final Document document;

    private MwsAnswer(Document document) {
        this.document = document;
    }

    public static MwsAnswer of(Response response) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new MwsAnswer(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.asString().getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("The reply is not XML: " + response.asString(), e);
        }
    }

    public String rootName() {
        Element root = document.getDocumentElement();
        return NAMESPACE.equals(root.getNamespaceURI()) ? root.getLocalName() : "{" + root.getNamespaceURI() + "}" + root.getLocalName();
    }

    /** The text of the first element with this name, or null. */
    public String text(String name) {
        NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().trim();
    }

    /** Every ReportSchedule element, as its children's names and texts. */
    public List<Map<String, String>> schedules() {
        return records("ReportSchedule");
    }

    /** Every ReportInfo element (the report list actions), as its children's names and texts. */
    public List<Map<String, String>> reports() {
        return records("ReportInfo");
    }

    private List<Map<String, String>> records(String element) {
        List<Map<String, String>> records = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS(NAMESPACE, element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            NodeList children = nodes.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                Node child = children.item(j);
                if (child.getNodeType() == Node.ELEMENT_NODE) {
                    fields.put(child.getLocalName(), child.getTextContent().trim());
                }
            }
            records.add(fields);
        }
        return records;
    }
}
