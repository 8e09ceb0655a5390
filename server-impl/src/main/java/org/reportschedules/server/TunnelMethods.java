package org.reportschedules.server;

import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.Method;

/**
 * The methods HTTP forbids a body on (TRACE, CONNECT, PRI). Grizzly reads the body of a CONNECT or PRI until the
 * client closes the connection, as a tunnel's: the stub opens no tunnel, so reading it would hold a worker until the
 * idle timeout and then fail with a 500. Such a request is answered as having no body, like a TRACE, and its
 * connection is closed after the answer, so bytes the client sent after the head are never read as a next request.
 */
final class TunnelMethods {

    private TunnelMethods() {
    }

    static void answerWithoutBody(HttpRequestPacket request) {
        if (request.getMethod().getPayloadExpectation() == Method.PayloadExpectation.NOT_ALLOWED) {
            request.setExpectContent(false);
            request.getProcessingState().setKeepAlive(false);
        }
    }
}
