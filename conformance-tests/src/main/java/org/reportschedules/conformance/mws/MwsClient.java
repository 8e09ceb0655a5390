package org.reportschedules.conformance.mws;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.reportschedules.conformance.Contract;
import org.reportschedules.conformance.Exchanges;
import org.reportschedules.conformance.Target;
import org.reportschedules.conformance.TargetClock;

/**
 * Builds, signs and sends MWS requests the ways real clients do, and checks every reply against the
 * contract (OpenAPI for status and headers, XML Schema for the body).
 */
public final class MwsClient {

    public static final String SECTION = "/Reports/2009-01-01";

    /** How a real client delivers the parameters. */
    public enum Delivery {
        /** ScaleLeap: form body to the section path. */
        FORM_TO_SECTION(SECTION),
        /** The official Java client: form body to /. */
        FORM_TO_ROOT("/"),
        /** npm amazon-mws: every parameter in the query string of a POST sent as text/xml with no body. */
        QUERY_ON_TEXT_XML(SECTION);

        final String path;

        Delivery(String path) {
            this.path = path;
        }
    }

    private MwsClient() {
    }

    /** The parameters every request carries besides the signature ones: the action, the seller, the version. */
    public static Map<String, String> common(MwsSeller seller, String action) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Action", action);
        parameters.put("SellerId", seller.sellerId());
        parameters.put("Version", "2009-01-01");
        return parameters;
    }

    public static Map<String, String> sign(Map<String, String> parameters, Delivery delivery, String secret, String method) {
        return new MwsSigner(Target.profile().mwsBaseUri(), delivery.path, Target.profile().mws().accessKeyId(), secret, method, TargetClock.clock())
                .sign(parameters);
    }

    public static Map<String, String> sign(Map<String, String> parameters, Delivery delivery) {
        return sign(parameters, delivery, Target.profile().mws().secretKey(), MwsSigner.DEFAULT_SIGNATURE_METHOD);
    }

    /** Sends signed parameters; {@code contractValid} false when the request breaks the contract on purpose. */
    public static Response send(Map<String, String> parameters, Delivery delivery, String contentType, boolean contractValid) {
        Filter contract = contractValid ? Contract.MWS : Contract.MWS_RESPONSE_ONLY;
        RequestSpecification request = RestAssured.given()
                .baseUri(Target.profile().mwsBaseUri().toString())
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        // The seed's own, non-standard content type: send the already encoded form as text.
                        .encodeContentTypeAs("x-www-form-urlencoded", ContentType.TEXT)))
                .filter(contract)
                .filter(Exchanges.RECORDER)
                .contentType(contentType);
        if (delivery == Delivery.QUERY_ON_TEXT_XML) {
            request.queryParams(parameters).contentType("text/xml");
        } else {
            request.body(formBody(parameters));
        }
        return request.post(delivery.path);
    }

    /**
     * A form post to a path the contract does not have (say another MWS section): no contract judges the
     * exchange, since neither side of it is in the contract; the steps judge the answer.
     */
    public static Response sendTo(String path, Map<String, String> parameters) {
        return RestAssured.given()
                .baseUri(Target.profile().mwsBaseUri().toString())
                .config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .filter(Exchanges.RECORDER)
                .contentType("application/x-www-form-urlencoded")
                .body(formBody(parameters))
                .post(path);
    }

    public static Response send(Map<String, String> parameters, Delivery delivery) {
        return send(parameters, delivery, "application/x-www-form-urlencoded", true);
    }

    private static String formBody(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
