package org.reportschedules.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The journal keeps its entries as bytes in a ring of chunks: what comes back must be what went in, in order, the
 * newest first, and only the oldest may be dropped. Checked against the plain model of a journal: a list of the last
 * {@code capacity} entries, from which forgetting removes the matching ones.
 */
class JournalAsBytesTest {

    private static final List<String> MERCHANTS = List.of("mws:A", "mws:B", "pay-live:K");

    /** A step of a journal's life: record an entry, or forget one merchant's entries, or all of them. */
    record Step(Optional<JournalEntry> recorded, Optional<String> forgottenMerchant) {
    }

    @Property(tries = 300)
    void entriesWellUnderTheirRoomAreKeptExactlyAsTheLastOnes(@ForAll @IntRange(min = 1, max = 20) int capacity,
                                                              @ForAll("smallSteps") @Size(max = 120) List<Step> steps) {
        Lives lives = new Lives(capacity);
        for (Step step : steps) {
            lives.take(step);
            assertEquals(lives.model, lives.kept(), "the journal keeps exactly the model's entries");
            lives.checkCounts();
        }
    }

    @Property(tries = 60)
    void largeEntriesMayBeDroppedEarlierButOnlyTheOldestAndNeverTorn(@ForAll("capacities") int capacity,
                                                                     @ForAll("largeSteps") @Size(max = 400) List<Step> steps) {
        Lives lives = new Lives(capacity);
        for (Step step : steps) {
            lives.take(step);
            List<JournalEntry> kept = lives.kept();
            List<JournalEntry> model = lives.model;
            assertEquals(model.subList(model.size() - kept.size(), model.size()), kept,
                    "what the journal keeps is the newest of the model's entries, each as it was recorded");
            if (step.recorded().isPresent()) {
                assertTrue(!kept.isEmpty() && kept.get(kept.size() - 1).id() == lives.journal.lastId(),
                        "the entry just recorded is kept");
            }
            lives.checkCounts();
        }
    }

    /** A journal and its model, living the same steps under a clock that moves a millisecond a step. */
    private static final class Lives {
        final RequestJournal journal;
        final int capacity;
        final List<JournalEntry> model = new ArrayList<>();
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-08T00:00:00Z"));
        final InstantSource clock = now::get;

        Lives(int capacity) {
            this.journal = new RequestJournal(capacity);
            this.capacity = capacity;
        }

        void take(Step step) {
            now.set(now.get().plus(Duration.ofMillis(1)));
            step.recorded().ifPresent(entry -> {
                journal.record(entry, clock);
                model.add(numbered(entry, journal.lastId(), now.get()));
                if (model.size() > capacity) {
                    model.remove(0);
                }
            });
            step.forgottenMerchant().ifPresent(merchant -> {
                JournalFilter filter = merchant.isEmpty() ? JournalFilter.ALL : JournalFilter.ofMerchant(merchant);
                journal.forget(filter);
                model.removeIf(filter::matches);
            });
        }

        /** Every kept entry, oldest first, read through pages of three to cross page ends as well. */
        List<JournalEntry> kept() {
            List<JournalEntry> newestFirst = new ArrayList<>();
            OptionalLong before = OptionalLong.empty();
            do {
                RequestJournal.Page page = journal.newestFirst(JournalFilter.ALL, before, 3);
                newestFirst.addAll(page.entries());
                before = page.nextBefore();
            } while (before.isPresent());
            List<JournalEntry> oldestFirst = new ArrayList<>(newestFirst);
            java.util.Collections.reverse(oldestFirst);
            return oldestFirst;
        }

        void checkCounts() {
            List<JournalEntry> kept = kept();
            for (String merchant : MERCHANTS) {
                JournalFilter filter = JournalFilter.ofMerchant(merchant);
                assertEquals(kept.stream().filter(filter::matches).count(), journal.count(filter), "count of " + merchant);
                List<JournalEntry> listed = new ArrayList<>(journal.newestFirst(filter, OptionalLong.empty(), 1000).entries());
                java.util.Collections.reverse(listed);
                assertEquals(kept.stream().filter(filter::matches).toList(), listed, "listing of " + merchant);
            }
            JournalFilter recent = new JournalFilter(Optional.empty(), Optional.empty(), java.util.OptionalInt.of(200),
                    Optional.of(now.get().minusMillis(5)), Optional.of(now.get()));
            assertEquals(kept.stream().filter(recent::matches).count(), journal.count(recent), "count by status and time");
        }
    }

    private static JournalEntry numbered(JournalEntry entry, long id, Instant time) {
        return new JournalEntry(id, entry.requestId(), time, entry.method(), entry.path(), entry.headers(), entry.body(),
                entry.dialect(), entry.merchant(), entry.operation(), entry.status(), entry.responseBody(), entry.refusal());
    }

    @Provide
    Arbitrary<Integer> capacities() {
        // A few entries (one chunk smaller than an entry may be), and enough for a ring of several chunks.
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 8), Arbitraries.of(130, 260));
    }

    @Provide
    Arbitrary<List<Step>> smallSteps() {
        // Bodies of up to 500 chars of any kind (3 bytes each at most) keep an entry under half its room.
        return steps(entries(Arbitraries.strings().all().ofMaxLength(500))).list();
    }

    @Provide
    Arbitrary<List<Step>> largeSteps() {
        Arbitrary<String> bodies = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2000).ofMaxLength(CutBody.KEPT_BYTES),
                Arbitraries.strings().withCharRange('\u0800', '\uFFFF').ofMinLength(1000).ofMaxLength(CutBody.KEPT_BYTES),
                Arbitraries.strings().all().ofMaxLength(100));
        return steps(entries(bodies)).list();
    }

    private static Arbitrary<Step> steps(Arbitrary<JournalEntry> entries) {
        Arbitrary<Step> record = entries.map(entry -> new Step(Optional.of(entry), Optional.empty()));
        Arbitrary<Step> forget = Arbitraries.of(MERCHANTS.get(0), MERCHANTS.get(1), "")
                .map(merchant -> new Step(Optional.empty(), Optional.of(merchant)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(20, record), net.jqwik.api.Tuple.of(1, forget));
    }

    private static Arbitrary<JournalEntry> entries(Arbitrary<String> bodies) {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(30);
        Arbitrary<Map<String, List<String>>> headers = Combinators.combine(text, text.list().ofMaxSize(3))
                .as((name, values) -> Map.entry(name, values)).list().ofMaxSize(4).map(pairs -> {
                    Map<String, List<String>> map = new LinkedHashMap<>();
                    pairs.forEach(pair -> map.put(pair.getKey(), pair.getValue()));
                    return map;
                });
        Arbitrary<CutBody> body = Combinators.combine(bodies, Arbitraries.of(true, false), Arbitraries.longs().between(0, Long.MAX_VALUE))
                .as((t, truncated, length) -> new CutBody(t, truncated, length));
        Arbitrary<Optional<String>> merchant = Arbitraries.of(MERCHANTS).optional();
        Arbitrary<Optional<Refusal>> refusal = Combinators.combine(Arbitraries.of(RefusalCategory.class), text.optional())
                .as(Refusal::new).optional();
        Arbitrary<String> method = Arbitraries.of("GET", "POST", "DELETE");
        Arbitrary<Integer> status = Arbitraries.of(200, 201, 400, 404, 503, 0, Integer.MAX_VALUE);
        return Combinators.combine(text, method, text, headers, body, merchant, text.optional(), status)
                .flatAs((requestId, m, path, h, requestBody, who, operation, s) -> Combinators.combine(body, refusal, text)
                        .as((answer, refused, dialect) -> new JournalEntry(0, requestId, Instant.EPOCH, m, path, h, requestBody,
                                dialect, who, operation, s, answer, refused)));
    }
}
