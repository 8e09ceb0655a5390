package org.reportschedules.pay;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.reportschedules.store.Resettable;

/**
 * The Amazon Pay public keys the stub verifies with while it runs: those given at start, plus or minus those
 * registered and deleted since through the admin API. Readers never wait: each change publishes a new
 * immutable map, so a registration applies from the next request and a request never sees half a change. A
 * reset returns to the keys given at start.
 */
public final class PayKeyRegistry implements PayKeyring, Resettable {

    /** Where a key came from: the command line, or the admin API. */
    public enum Source { START, ADMIN }

    /** A registered key, with what a person checks it by: its size and the SHA-256 of its encoded form. */
    public record Entry(String publicKeyId, PublicKey key, Source source) {

        public Entry {
            Objects.requireNonNull(publicKeyId, "publicKeyId");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(source, "source");
        }

        public int keySize() {
            return ((RSAPublicKey) key).getModulus().bitLength();
        }

        /** Lower-case hex SHA-256 of the DER SubjectPublicKeyInfo, as openssl's DER output piped to sha256sum. */
        public String sha256Fingerprint() {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 is in every JDK", e);
            }
        }
    }

    /** What a registration did: added a new id, or replaced the key an id had. */
    public record Registered(Entry entry, boolean replaced) {
    }

    private final SortedMap<String, Entry> atStart;
    private volatile SortedMap<String, Entry> current;

    public PayKeyRegistry(PayPublicKeys startKeys) {
        SortedMap<String, Entry> entries = new TreeMap<>();
        startKeys.ids().forEach(id -> entries.put(id, new Entry(id, startKeys.key(id).orElseThrow(), Source.START)));
        this.atStart = Collections.unmodifiableSortedMap(entries);
        this.current = atStart;
    }

    @Override
    public Optional<PublicKey> key(String publicKeyId) {
        return entry(publicKeyId).map(Entry::key);
    }

    public Optional<Entry> entry(String publicKeyId) {
        return publicKeyId == null ? Optional.empty() : Optional.ofNullable(current.get(publicKeyId));
    }

    /** Every key, sorted by public key id. */
    public List<Entry> entries() {
        return List.copyOf(current.values());
    }

    /**
     * Registers the key under the id, replacing the one it had.
     *
     * @throws IllegalArgumentException when the id cannot be carried by an authorization header
     */
    public synchronized Registered register(String publicKeyId, PublicKey key) {
        PayPublicKeys.requireCarriableId(publicKeyId);
        Entry entry = new Entry(publicKeyId, key, Source.ADMIN);
        SortedMap<String, Entry> next = new TreeMap<>(current);
        boolean replaced = next.put(publicKeyId, entry) != null;
        current = Collections.unmodifiableSortedMap(next);
        return new Registered(entry, replaced);
    }

    /** Forgets the key; false when none was registered under the id. */
    public synchronized boolean remove(String publicKeyId) {
        if (entry(publicKeyId).isEmpty()) {
            return false;
        }
        SortedMap<String, Entry> next = new TreeMap<>(current);
        next.remove(publicKeyId);
        current = Collections.unmodifiableSortedMap(next);
        return true;
    }

    /** The keys given at start, and only those. */
    @Override
    public synchronized void reset() {
        current = atStart;
    }
}
