package org.reportschedules.mws;

/**
 * How hard the stub looks at Signature Version 2. Verification is switchable because real clients sign
 * slightly differently (some drop the port from the host, some sign an http:// URI wrongly), and a stub
 * that refuses them all would be useless for trying those clients out.
 */
public enum SignatureMode {

    /** Checks nothing: every request is accepted whatever its access key and signature. */
    OFF,

    /**
     * The default. Every request signed with a configured access key is verified and refused when the
     * signature does not match; requests with any other access key are accepted unchecked, so a plain curl
     * works without computing a signature.
     */
    VERIFY_KNOWN,

    /** Like {@link #VERIFY_KNOWN}, and also refuses every access key that is not configured. */
    STRICT
}
