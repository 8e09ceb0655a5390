package org.reportschedules.conformance;

import java.io.StringReader;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import io.restassured.response.Response;
import org.xml.sax.SAXException;

/** Fails a step whose XML answer does not match the contract's XML Schema. */
final class XmlSchemaCheck {

    private final Schema schema;

    XmlSchemaCheck(URL xsd) {
        try {
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("The contract's XML Schema " + xsd + " does not load", e);
        }
    }

    Response check(Response response) {
        String body = response.asString();
        if (body.isEmpty()) {
            throw new AssertionError("Every MWS reply has an XML body; got an empty " + response.statusCode());
        }
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(body)));
        } catch (SAXException | java.io.IOException e) {
            throw new AssertionError("The " + response.statusCode() + " reply does not match mws-reports.xsd: "
                    + e.getMessage() + "\n" + body, e);
        }
        return response;
    }
}
