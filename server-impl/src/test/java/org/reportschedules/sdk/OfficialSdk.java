package org.reportschedules.sdk;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.amazon.pay.api.AmazonPayResponse;
import com.amazon.pay.api.PayConfiguration;
import com.amazon.pay.api.WebstoreClient;
import com.amazon.pay.api.exceptions.AmazonPayClientException;
import com.amazon.pay.api.types.Environment;
import com.amazon.pay.api.types.Region;

/** The official Amazon Pay Java SDK, configured as its README says and pointed at a stub, for the tests. */
public final class OfficialSdk {

    private OfficialSdk() {
    }

    /** Key id, region NA, PEM private key, algorithm, and the environment for ids without a LIVE-/SANDBOX- prefix. */
    public static PayConfiguration configuration(String publicKeyId, Environment environment, PrivateKey key, String algorithm)
            throws AmazonPayClientException {
        String pem = privatePem(key);
        PayConfiguration configuration = new PayConfiguration()
                .setPublicKeyId(publicKeyId)
                .setRegion(Region.NA)
                .setPrivateKey(pem.toCharArray())
                .setAlgorithm(algorithm);
        if (environment != null) {
            configuration.setEnvironment(environment);
        }
        return configuration;
    }

    /** The public half as a merchant registers it: PEM, -----BEGIN PUBLIC KEY----- (what openssl pkey -pubout writes). */
    public static String publicPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    /** The private key as the SDK's configuration takes it: PEM, -----BEGIN PRIVATE KEY----- (PKCS#8). */
    public static String privatePem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    private static String pem(String label, byte[] encoded) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(encoded)
                + "\n-----END " + label + "-----\n";
    }

    /** The SDK's client whose every call goes to the stub instead of pay-api.amazon.com, signed by the SDK. */
    public static WebstoreClient clientOf(PayConfiguration configuration, URI stub) throws AmazonPayClientException {
        return new StubWebstoreClient(configuration, stub);
    }

    /**
     * Each call's URI (built by the SDK for https://pay-api.amazon.com) gets the stub's scheme and authority, path
     * and query kept as the SDK wrote them; the SDK then signs and sends it.
     */
    private static final class StubWebstoreClient extends WebstoreClient {

        private final URI stubBase;

        StubWebstoreClient(PayConfiguration configuration, URI stubBase) throws AmazonPayClientException {
            super(configuration);
            this.stubBase = stubBase;
        }

        @Override
        public AmazonPayResponse callAPI(URI uri, String httpMethodName, Map<String, List<String>> queryParameters,
                                         String request, Map<String, String> header) throws AmazonPayClientException {
            URI toStub = URI.create(stubBase.getScheme() + "://" + stubBase.getRawAuthority() + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            return super.callAPI(toStub, httpMethodName, queryParameters, request, header);
        }
    }
}
