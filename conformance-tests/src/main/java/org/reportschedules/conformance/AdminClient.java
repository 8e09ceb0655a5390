package org.reportschedules.conformance;

import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Requests to this project's admin API (@clock-control), each checked against stub-admin.yaml. */
public final class AdminClient {

    private AdminClient() {
    }

    public static RequestSpecification request() {
        return RestAssured.given().baseUri(Target.profile().adminBaseUri().toString()).filter(Contract.ADMIN).filter(Exchanges.RECORDER);
    }

    /** POSTs a JSON body to an admin path; the answer must be 200. */
    public static Response post(String path, Object body) {
        return ok(request().contentType(ContentType.JSON).body(body).post(path));
    }

    /** Registers an Amazon Pay public key (PEM) under the id; the answer must be 201, a new key. */
    public static void registerPayPublicKey(String publicKeyId, String pem) {
        Response registered = request().contentType("application/x-pem-file")
                .body(pem.getBytes(StandardCharsets.US_ASCII)).put("/__admin/pay-public-keys/{id}", publicKeyId);
        assertEquals(201, registered.statusCode(), () -> "The target's admin API did not register the key: " + registered.asString());
    }

    /** Deletes a key this run registered; the answer must be 204. */
    public static void deletePayPublicKey(String publicKeyId) {
        Response deleted = request().delete("/__admin/pay-public-keys/{id}", publicKeyId);
        assertEquals(204, deleted.statusCode(), () -> "The target's admin API did not delete the key: " + deleted.asString());
    }

    public static Response ok(Response response) {
        assertEquals(200, response.statusCode(), () -> "The target's admin API refused: " + response.asString());
        return response;
    }
}
