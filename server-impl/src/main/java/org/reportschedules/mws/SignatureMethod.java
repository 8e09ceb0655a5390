package org.reportschedules.mws;

import java.util.Arrays;
import java.util.Optional;

/** The two HMACs MWS accepts in the SignatureMethod parameter; the parameter value is the JCA name. */
public enum SignatureMethod {
    HmacSHA256("HmacSHA256"),
    HmacSHA1("HmacSHA1");

    private final String jcaAlgorithm;

    SignatureMethod(String jcaAlgorithm) {
        this.jcaAlgorithm = jcaAlgorithm;
    }

    /** The algorithm name javax.crypto.Mac knows this method by. */
    public String jcaAlgorithm() {
        return jcaAlgorithm;
    }

    /**
     * The method a request names, compared exactly: MWS treats "hmacsha256" as an unknown method, and a
     * lenient stub would hide that client bug.
     */
    public static Optional<SignatureMethod> of(String parameterValue) {
        return Arrays.stream(values())
                .filter(method -> method.name().equals(parameterValue))
                .findFirst();
    }
}
