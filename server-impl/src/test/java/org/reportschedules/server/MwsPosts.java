package org.reportschedules.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** MWS form posts to a stub in-process, for tests that go end to end over HTTP without signing. */
final class MwsPosts {

    /** Every parameter a request needs but its action's own; the signature is not checked for an unknown key. */
    static final String COMMON = "SellerId=A3EXAMPLE4D&AWSAccessKeyId=UNKNOWNKEY&SignatureMethod=HmacSHA256"
            + "&SignatureVersion=2&Version=2009-01-01&Signature=unchecked";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MwsPosts() {
    }

    /** Posts the form (and the query, "" or "?..."), dated by the stub's clock as a client in its time would date it. */
    static HttpResponse<String> post(StubServer stub, StubSettings settings, String query, String form) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stub.uri() + "/Reports/2009-01-01" + query))
                .header("content-type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&Timestamp=" + settings.clock().instant()))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
