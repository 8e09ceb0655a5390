package org.reportschedules.mws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The secret key of every access key id the stub knows, as given by repeatable
 * {@code --mws-key ACCESS_KEY_ID=SECRET} options. Immutable.
 */
public final class SigningKeys {

    private static final SigningKeys NONE = new SigningKeys(Map.of());

    private final Map<String, String> secretsByAccessKeyId;

    private SigningKeys(Map<String, String> secretsByAccessKeyId) {
        this.secretsByAccessKeyId = Map.copyOf(secretsByAccessKeyId);
    }

    /** No keys: every access key is unknown. */
    public static SigningKeys none() {
        return NONE;
    }

    /**
     * Reads {@code ACCESS_KEY_ID=SECRET} entries. The secret is everything after the first '=', since
     * secrets may themselves contain '=' (Base64 padding). Messages never quote a secret, because they end
     * up in start-up logs.
     *
     * @throws IllegalArgumentException for an entry without '=', with an empty id or an empty secret, or
     *                                  for an access key id given twice
     */
    public static SigningKeys parse(List<String> entries) {
        Map<String, String> secrets = new LinkedHashMap<>();
        int position = 0;
        for (String entry : entries) {
            position++;
            int equals = entry == null ? -1 : entry.indexOf('=');
            if (equals < 0) {
                throw new IllegalArgumentException("--mws-key entry " + position
                        + " has no '=': expected ACCESS_KEY_ID=SECRET");
            }
            String accessKeyId = entry.substring(0, equals);
            String secret = entry.substring(equals + 1);
            if (accessKeyId.isEmpty()) {
                throw new IllegalArgumentException("--mws-key entry " + position
                        + " has an empty access key id: expected ACCESS_KEY_ID=SECRET");
            }
            if (secret.isEmpty()) {
                throw new IllegalArgumentException("--mws-key entry " + position + " gives access key id '"
                        + accessKeyId + "' an empty secret: expected ACCESS_KEY_ID=SECRET");
            }
            if (secrets.putIfAbsent(accessKeyId, secret) != null) {
                // Last-one-wins would silently verify against a secret the operator may not mean.
                throw new IllegalArgumentException("--mws-key gives access key id '" + accessKeyId + "' twice");
            }
        }
        return new SigningKeys(secrets);
    }

    public Optional<String> secretFor(String accessKeyId) {
        return accessKeyId == null ? Optional.empty() : Optional.ofNullable(secretsByAccessKeyId.get(accessKeyId));
    }

    public Set<String> accessKeyIds() {
        return secretsByAccessKeyId.keySet();
    }

    /** Names the access key ids only, so printing the settings never leaks a secret. */
    @Override
    public String toString() {
        return "SigningKeys" + accessKeyIds();
    }
}
