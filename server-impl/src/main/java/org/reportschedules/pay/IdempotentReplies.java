package org.reportschedules.pay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.store.IdempotencyJournal;
import org.reportschedules.store.Resettable;

/**
 * Amazon Pay's idempotency keys on POST, per merchant: the first request with a key runs, and what it created
 * is kept with the request; the same request again with that key gets the same answer and creates nothing,
 * whatever has happened since; another request with that key is refused with DuplicateIdempotencyKey.
 *
 * <p>Choices where Amazon is silent or the stub must stay small: only a creation that succeeded is kept, so a
 * refused request can be corrected and sent again with the same key. A request that comes while the first
 * with its key is still running waits for that one's outcome instead of creating again. Amazon keeps keys
 * "indefinitely"; the stub keeps each for {@code keptFor} of its clock after it was first used, and at most
 * {@code bound} per merchant, forgetting the oldest first.
 *
 * <p>With a journal (a data directory), each key that got an answer is kept there before that answer is sent,
 * and a restarted stub answers repeats as before. After a restart a repeat is recognised by the request's
 * text form (a record's, which names every value), the only form of it that was kept.
 */
public final class IdempotentReplies implements Resettable {

    public static final Duration DEFAULT_KEPT_FOR = Duration.ofHours(24);
    public static final int DEFAULT_BOUND = 10_000;

    private final Clock clock;
    private final Duration keptFor;
    private final int bound;
    private final Map<MerchantId, MerchantKeys> merchants = new ConcurrentHashMap<>();
    private final IdempotencyJournal journal;

    public IdempotentReplies(Clock clock, Duration keptFor, int bound) {
        this(clock, keptFor, bound, IdempotencyJournal.NONE);
    }

    /** Starts with the journal's keys (those not yet expired, the newest {@code bound} per merchant) and keeps new ones there. */
    public IdempotentReplies(Clock clock, Duration keptFor, int bound, IdempotencyJournal journal) {
        if (keptFor.isNegative() || keptFor.isZero() || bound < 1) {
            throw new IllegalArgumentException("Keys must be kept for a positive time, at least one per merchant: " + keptFor + ", " + bound);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.keptFor = keptFor;
        this.bound = bound;
        this.journal = Objects.requireNonNull(journal, "journal");
        journal.entries().forEach(entry -> merchants.computeIfAbsent(entry.merchant(), m -> new MerchantKeys())
                .restore(entry, clock.instant(), keptFor, bound));
    }

    /**
     * Runs {@code creation} once per key and request, or answers what it answered the first time.
     *
     * @param keyHeader the x-amz-pay-idempotency-key header, or null when absent: then it simply runs
     * @param request   the operation's input as values (a record): equal inputs are the same request, whatever
     *                  the JSON's whitespace or field order was; inputs of different operations are never equal
     * @throws PayRequestRejected InvalidHeaderValue for a malformed key, DuplicateIdempotencyKey for a key used
     *                            with another request, or whatever {@code creation} refused
     */
    public <R> R once(PayCaller caller, String keyHeader, Object request, Supplier<R> creation) {
        Optional<IdempotencyKey> key = IdempotencyKey.ofHeader(keyHeader);
        return key.isEmpty() ? creation.get() : once(caller.merchant(), key.get(), request, creation);
    }

    <R> R once(MerchantId merchant, IdempotencyKey key, Object request, Supplier<R> creation) {
        while (true) {
            MerchantKeys keys = merchants.computeIfAbsent(merchant, m -> new MerchantKeys());
            Claim claim = keys.claim(key, request, clock.instant(), keptFor, bound);
            if (claim.first()) {
                R reply = claim.use().run(creation, () -> keys.forget(key, claim.use()));
                journal(merchant, key, claim.use(), reply);
                return reply;
            }
            Optional<Object> earlier = claim.use().outcome.join();
            if (earlier.isPresent()) {
                // Equal requests come from the same operation, whose creation answers the same type.
                @SuppressWarnings("unchecked")
                R reply = (R) earlier.get();
                return reply;
            }
            // The first attempt was refused and forgotten: this one runs now, unless another came first again.
        }
    }

    /** Only ids are kept: both creations that take keys answer with the id they created. */
    private void journal(MerchantId merchant, IdempotencyKey key, Use use, Object reply) {
        if (reply instanceof String id) {
            journal.keep(new IdempotencyJournal.Entry(merchant, key.value(), use.requestText, use.firstUsed, id),
                    clock.instant().minus(keptFor));
        }
    }

    /** Forgets every key of every merchant. */
    @Override
    public void reset() {
        merchants.clear();
    }

    /** The request a key was first used with, when, and what its creation answered once it has. */
    private static final class Use {

        /** Null for a use restored from the journal, which kept only the text form. */
        final Object request;
        final String requestText;
        final Instant firstUsed;
        /** Empty when the creation was refused: nothing is kept then. */
        final CompletableFuture<Optional<Object>> outcome = new CompletableFuture<>();

        Use(Object request, Instant firstUsed) {
            this.request = request;
            this.requestText = String.valueOf(request);
            this.firstUsed = firstUsed;
        }

        /** A use kept by an earlier run, answered already. */
        Use(IdempotencyJournal.Entry kept) {
            this.request = null;
            this.requestText = kept.request();
            this.firstUsed = kept.firstUsed();
            outcome.complete(Optional.of(kept.reply()));
        }

        boolean sameRequest(Object other) {
            return request == null ? requestText.equals(String.valueOf(other)) : Objects.equals(request, other);
        }

        <R> R run(Supplier<R> creation, Runnable forgetUse) {
            R reply;
            try {
                reply = creation.get();
            } catch (RuntimeException | Error refused) {
                // Forgotten before the waiting ones hear of it, so that they do not find this use again.
                forgetUse.run();
                outcome.complete(Optional.empty());
                throw refused;
            }
            outcome.complete(Optional.of(reply));
            return reply;
        }

        boolean expired(Instant now, Duration keptFor) {
            return outcome.isDone() && !now.isBefore(firstUsed.plus(keptFor));
        }
    }

    /** @param first true when this request is the key's first: it runs the creation */
    private record Claim(Use use, boolean first) {
    }

    /** One merchant's keys, oldest first. */
    private static final class MerchantKeys {

        private final LinkedHashMap<IdempotencyKey, Use> uses = new LinkedHashMap<>();

        synchronized Claim claim(IdempotencyKey key, Object request, Instant now, Duration keptFor, int bound) {
            forgetExpired(now, keptFor);
            Use earlier = uses.get(key);
            if (earlier != null && earlier.expired(now, keptFor)) {
                uses.remove(key);
                earlier = null;
            }
            if (earlier != null) {
                if (!earlier.sameRequest(request)) {
                    throw PayError.of(PayReasonCode.DuplicateIdempotencyKey, "The " + IdempotencyKey.HEADER + " " + key.value()
                            + " was already used with a different request. Send a new key for a new request.").rejection();
                }
                return new Claim(earlier, false);
            }
            Use use = new Use(request, now);
            uses.put(key, use);
            keepWithin(bound);
            return new Claim(use, true);
        }

        synchronized void restore(IdempotencyJournal.Entry kept, Instant now, Duration keptFor, int bound) {
            uses.remove(new IdempotencyKey(kept.key()));
            uses.put(new IdempotencyKey(kept.key()), new Use(kept));
            forgetExpired(now, keptFor);
            keepWithin(bound);
        }

        private void keepWithin(int bound) {
            Iterator<Use> oldestFirst = uses.values().iterator();
            while (uses.size() > bound) {
                oldestFirst.next();
                oldestFirst.remove();
            }
        }

        synchronized void forget(IdempotencyKey key, Use use) {
            uses.remove(key, use);
        }

        /** Keys are kept in the order of first use, so the expired ones are at the front (the clock only goes forward, but for a reset). */
        private void forgetExpired(Instant now, Duration keptFor) {
            Iterator<Use> oldestFirst = uses.values().iterator();
            while (oldestFirst.hasNext() && oldestFirst.next().expired(now, keptFor)) {
                oldestFirst.remove();
            }
        }
    }
}
