package org.reportschedules.conformance.faults;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reportschedules.conformance.pay.PaySigner;

/**
 * Not a fault: checks, in front of the stub and independently of its own verifier, that every request of a
 * merchant with a known public key carries a valid RSASSA-PSS-V2 signature of exactly what was sent, and
 * counts them. A bad one is refused with 403 InvalidRequestSignature, as Amazon would.
 */
final class SignatureChecks implements Fault {

    private static final Pattern AUTHORIZATION = Pattern.compile(
            "AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=([^,]+), SignedHeaders=([^,]+), Signature=(\\S+)");

    private final Map<String, PublicKey> keys;
    final AtomicInteger verified = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();

    SignatureChecks(Map<String, PublicKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    @Override
    public boolean onRequest(Exchange exchange, FaultyProxy proxy) {
        Matcher m = AUTHORIZATION.matcher(String.valueOf(exchange.requestHeader("authorization")));
        if (!exchange.isPay() || !m.matches() || !keys.containsKey(m.group(1))) {
            return false;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.requestHeaders.forEach((name, values) -> headers.put(name, String.join(",", values)));
        String canonical = PaySigner.canonicalRequest(exchange.method, exchange.rawPath, exchange.rawQuery, headers,
                exchange.requestBody.getBytes(StandardCharsets.UTF_8));
        if (verifies(keys.get(m.group(1)), PaySigner.stringToSign(PaySigner.Algorithm.V2, canonical), m.group(3))) {
            verified.incrementAndGet();
            return false;
        }
        refused.incrementAndGet();
        exchange.status = 403;
        exchange.responseHeaders.put("content-type", new ArrayList<>(List.of("application/json")));
        exchange.responseHeaders.put("x-amz-pay-request-id", new ArrayList<>(List.of("signature-check")));
        exchange.responseBody = "{\"reasonCode\":\"InvalidRequestSignature\",\"message\":\"The signature does not match.\"}";
        return true;
    }

    private static boolean verifies(PublicKey key, String stringToSign, String signature) {
        try {
            Signature pss = Signature.getInstance("RSASSA-PSS");
            pss.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
            pss.initVerify(key);
            pss.update(stringToSign.getBytes(StandardCharsets.UTF_8));
            return pss.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
