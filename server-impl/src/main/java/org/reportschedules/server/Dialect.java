package org.reportschedules.server;

import java.util.regex.Pattern;

/** The two wire dialects the stub speaks, told apart by the request path. */
public enum Dialect {
    /** Amazon Pay API v2: JSON, errors as {reasonCode, message}. */
    PAY("x-amz-pay-request-id"),
    /** MWS Reports 2009-01-01: form parameters in, XML out. */
    MWS("x-mws-request-id");

    // Asked several times per request: compile once.
    private static final Pattern MATRIX_PARAMETERS = Pattern.compile(";[^/]*");

    private final String requestIdHeader;

    Dialect(String requestIdHeader) {
        this.requestIdHeader = requestIdHeader;
    }

    public String requestIdHeader() {
        return requestIdHeader;
    }

    /**
     * MWS lives at / and under /Reports (its sections); everything else answers as Amazon Pay. Matrix
     * parameters (";x") do not change the dialect.
     */
    public static Dialect of(String path) {
        String plain = path.indexOf(';') < 0 ? path : MATRIX_PARAMETERS.matcher(path).replaceAll("");
        return plain.isEmpty() || plain.equals("/") || plain.equals("/Reports") || plain.startsWith("/Reports/") ? MWS : PAY;
    }
}
