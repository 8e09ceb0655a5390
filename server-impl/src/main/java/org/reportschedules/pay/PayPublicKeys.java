package org.reportschedules.pay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Amazon Pay public keys given at start, by public key id. Each is an RSA key read from a PEM file holding
 * an X.509 SubjectPublicKeyInfo ({@code -----BEGIN PUBLIC KEY-----}); the rules for a key and its id are the
 * ones the admin API applies too.
 */
public final class PayPublicKeys implements PayKeyring {

    private static final String BEGIN = "-----BEGIN PUBLIC KEY-----";
    private static final String END = "-----END PUBLIC KEY-----";

    /** Amazon Pay's keys are RSA 2048; shorter ones are refused, at start and through the admin API alike. */
    public static final int MIN_KEY_BITS = 2048;
    /** Amazon's ids are about 30 characters; the bound keeps an id a header can carry. */
    public static final int MAX_ID_LENGTH = 128;

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
            try {
                requireCarriableId(id);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--pay-public-key " + e.getMessage());
            }
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

    /**
     * An RSA public key of at least {@value #MIN_KEY_BITS} bits from PEM text ({@code -----BEGIN PUBLIC KEY-----},
     * base64 SubjectPublicKeyInfo).
     *
     * @throws IllegalArgumentException saying what the text holds instead, in words that follow "the file" or
     *                                  "the body", with the openssl command that gives the right form
     */
    public static PublicKey fromPem(String pem) {
        if (pem.contains("PRIVATE KEY-----")) {
            throw new IllegalArgumentException("holds a private key. Give only its public half (openssl pkey -in private.pem -pubout).");
        }
        if (pem.contains("-----BEGIN CERTIFICATE-----")) {
            throw new IllegalArgumentException("holds a certificate, not a public key (openssl x509 -in certificate.pem -pubkey -noout gives its key).");
        }
        if (pem.contains("-----BEGIN RSA PUBLIC KEY-----")) {
            throw new IllegalArgumentException("holds a PKCS#1 'BEGIN RSA PUBLIC KEY' block; give the '" + BEGIN
                    + "' form (openssl rsa -RSAPublicKey_in -in key.pem -pubout).");
        }
        int begin = pem.indexOf(BEGIN);
        int end = pem.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("holds no '" + BEGIN + "' ... '" + END + "' block.");
        }
        byte[] encoded;
        try {
            encoded = Base64.getDecoder().decode(pem.substring(begin + BEGIN.length(), end).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("holds a public key block that is not base64.");
        }
        RSAPublicKey key;
        try {
            key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalArgumentException("holds no RSA public key: Amazon Pay signs with RSA keys, given as an X.509 SubjectPublicKeyInfo.");
        }
        int bits = key.getModulus().bitLength();
        if (bits < MIN_KEY_BITS) {
            throw new IllegalArgumentException("holds an RSA key of " + bits + " bits; keys under " + MIN_KEY_BITS
                    + " bits are refused (Amazon Pay's keys are RSA " + MIN_KEY_BITS + ").");
        }
        return key;
    }

    /**
     * Refuses an id the authorization header could not carry as {@code PublicKeyId=...,}: empty, longer than
     * {@value #MAX_ID_LENGTH}, or holding whitespace, a control character, a comma or '='.
     *
     * @throws IllegalArgumentException naming the id and what is wrong with it
     */
    public static void requireCarriableId(String publicKeyId) {
        if (publicKeyId == null || publicKeyId.isEmpty()) {
            throw new IllegalArgumentException("the public key id is empty.");
        }
        if (publicKeyId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("the public key id is longer than " + MAX_ID_LENGTH + " characters.");
        }
        boolean uncarriable = publicKeyId.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c) || c == ',' || c == '=');
        if (uncarriable) {
            throw new IllegalArgumentException("the public key id " + publicKeyId.strip() + " holds whitespace, a control character, "
                    + "a comma or '=', which an authorization header's PublicKeyId=... cannot carry.");
        }
    }

    @Override
    public Optional<PublicKey> key(String publicKeyId) {
        return publicKeyId == null ? Optional.empty() : Optional.ofNullable(byId.get(publicKeyId));
    }

    public Set<String> ids() {
        return byId.keySet();
    }
}
