package org.reportschedules.partner;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.amazon.pay.api.AmazonPayResponse;
import com.amazon.pay.api.PayConfiguration;
import com.amazon.pay.api.WebstoreClient;
import com.amazon.pay.api.exceptions.AmazonPayClientException;
import com.amazon.pay.api.types.Region;

/**
 * The official Amazon Pay Java SDK as a partner points it at the stub: the SDK always calls
 * https://pay-api.amazon.com, so a subclass swaps scheme and authority for the stub's and lets the SDK sign and send.
 */
public final class PartnerSdk extends WebstoreClient {

    private final URI stub;

    private PartnerSdk(PayConfiguration configuration, URI stub) throws AmazonPayClientException {
        super(configuration);
        this.stub = stub;
    }

    /** The SDK's client for this public key id, signing with this key pair's private half. */
    public static PartnerSdk clientOf(URI stub, String publicKeyId, KeyPair keys) throws AmazonPayClientException {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
        return new PartnerSdk(new PayConfiguration().setPublicKeyId(publicKeyId).setRegion(Region.NA)
                .setPrivateKey(pem.toCharArray()).setAlgorithm("AMZN-PAY-RSASSA-PSS-V2"), stub);
    }

    public static KeyPair newKeyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    @Override
    public AmazonPayResponse callAPI(URI uri, String method, Map<String, List<String>> query, String body, Map<String, String> headers)
            throws AmazonPayClientException {
        URI toStub = URI.create(stub.getScheme() + "://" + stub.getRawAuthority() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        return super.callAPI(toStub, method, query, body, headers);
    }
}
