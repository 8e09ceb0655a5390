package org.reportschedules.mws;

/**
 * One MWS request as the rules need it, free of HTTP types.
 *
 * @param method     the HTTP method as received
 * @param host       the Host header as received (signed by the client); empty when absent
 * @param rawPath    the path as received, still percent-encoded (signed by the client)
 * @param parameters the query string and form body together
 * @param requestId  the id the reply carries
 */
public record MwsCall(String method, String host, String rawPath, MwsParameters parameters, String requestId) {

    public MwsCall {
        host = host == null ? "" : host;
    }
}
