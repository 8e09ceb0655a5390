package org.reportschedules.junit;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Optional;

import org.reportschedules.adminclient.StubAdmin;
import org.reportschedules.embedded.ReportSchedulesStub;

/**
 * What a test needs of its class's stub, injected as a parameter.
 *
 * @param baseUri     plain HTTP, without a trailing slash: http://127.0.0.1:PORT
 * @param httpsUri    HTTPS, when asked for
 * @param certificate the certificate HTTPS clients must trust, when HTTPS is served
 * @param admin       reset, clock, request journal, Amazon Pay keys
 */
public record StubRuntimeInfo(URI baseUri, Optional<URI> httpsUri, Optional<X509Certificate> certificate, StubAdmin admin) {

    static StubRuntimeInfo of(ReportSchedulesStub stub) {
        return new StubRuntimeInfo(stub.baseUri(), stub.httpsUri(), stub.certificate(), stub.admin());
    }

    public int port() {
        return baseUri.getPort();
    }
}
