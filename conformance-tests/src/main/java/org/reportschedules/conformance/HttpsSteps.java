package org.reportschedules.conformance;

import java.net.URI;

import io.cucumber.java.en.Given;

import static org.junit.jupiter.api.Assertions.fail;

/** For @https scenarios: the requests that follow really go over TLS, not to a plain-HTTP base URI by mistake. */
public class HttpsSteps {

    @Given("the target's Amazon Pay base URI is HTTPS")
    public void payIsHttps() {
        requireHttps("pay", Target.profile().payBaseUri());
    }

    @Given("the target's MWS base URI is HTTPS")
    public void mwsIsHttps() {
        requireHttps("mws", Target.profile().mwsBaseUri());
    }

    private static void requireHttps(String dialect, URI base) {
        if (!"https".equalsIgnoreCase(base.getScheme())) {
            fail("The profile claims https, but its " + dialect + " base URI is " + base + ": give an https:// baseUri "
                    + "(and tls.trustCertificate or --trust-cert when its certificate is not publicly trusted).");
        }
    }
}
