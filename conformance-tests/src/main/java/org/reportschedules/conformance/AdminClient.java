package org.reportschedules.conformance;

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

    public static Response ok(Response response) {
        assertEquals(200, response.statusCode(), () -> "The target's admin API refused: " + response.asString());
        return response;
    }
}
