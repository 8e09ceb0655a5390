package org.reportschedules.pay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Amazon Pay public keys whose signatures the stub verifies, by public key id. Each is an RSA key read
 * from a PEM file holding an X.509 SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}).
 */
public final class PayPublicKeys {

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    private final Map<String, PublicKey> byId;

    private PayPublicKeys(Map<String, PublicKey> byId) {
        this.byId = Map.copyOf(byId);
    }

    public static PayPublicKeys none() {
        return new PayPublicKeys(Map.of());
    }

    public static PayPublicKeys of(Map<String, PublicKey> keys) {
        return new PayPublicKeys(keys);
    }

    /**
     * Reads {@code PUBLIC_KEY_ID=PEM_FILE} entries, as given on the command line.
     *
     * @throws IllegalArgumentException with one line saying which entry is wrong and why
     */
    public static PayPublicKeys parse(List<String> entries) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0 || equals == entry.length() - 1) {
                throw new IllegalArgumentException("--pay-public-key expects PUBLIC_KEY_ID=PEM_FILE, not '" + entry + "'");
            }
            String id = entry.substring(0, equals).trim();
            if (keys.containsKey(id)) {
                throw new IllegalArgumentException("--pay-public-key " + id + " is given twice");
            }
            Path file = Path.of(entry.substring(equals + 1).trim());
            String pem;
            try {
                pem = Files.readString(file, StandardCharsets.US_ASCII);
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException("--pay-public-key " + id + ": cannot read " + file + " (" + e.getMessage() + ")");
            }
            try {
                keys.put(id, fromPem(pem));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--pay-public-key " + id + ": " + file + " " + e.getMessage());
            }
        }
        return new PayPublicKeys(keys);
    }

    /** An RSA public key from PEM text ({@code -----BEGIN PUBLIC KEY-----}, base64 SubjectPublicKeyInfo). */
    public static PublicKey fromPem(String pem) {
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("holds no '" + BEGIN + "' block");
        }
        String base64 = pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("holds no RSA public key (" + e.getMessage() + ")");
        }
    }

    public Optional<PublicKey> key(String publicKeyId) {
        return publicKeyId == null ? Optional.empty() : Optional.ofNullable(byId.get(publicKeyId));
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
