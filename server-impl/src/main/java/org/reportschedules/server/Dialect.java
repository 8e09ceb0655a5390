package org.reportschedules.server;

/** The two wire dialects the stub speaks, told apart by the request path. */
public enum Dialect {
    /** Amazon Pay API v2: JSON, errors as {reasonCode, message}. */
    PAY("x-amz-pay-request-id"),
    /** MWS Reports 2009-01-01: form parameters in, XML out. */
    MWS("x-mws-request-id");

    private final String requestIdHeader;

    Dialect(String requestIdHeader) {
        this.requestIdHeader = requestIdHeader;
    }

    public String requestIdHeader() {
        return requestIdHeader;
    }

    /** MWS lives at / and /Reports/2009-01-01; everything else answers as Amazon Pay. */
    public static Dialect of(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        return trimmed.isEmpty() || trimmed.equals("/") || trimmed.equals("/Reports/2009-01-01") ? MWS : PAY;
    }
}
