package org.reportschedules.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
        Lives lives = new Lives(new Shape(capacity, RequestJournal.BYTES_PER_ENTRY, RingBytes.CHUNK_BYTES));
        for (Step step : steps) {
            lives.take(step);
            assertEquals(lives.model, lives.kept(), "the journal keeps exactly the model's entries");
            assertEquals(lives.model.stream().map(entry -> List.copyOf(entry.headers().keySet())).toList(),
                    lives.kept().stream().map(entry -> List.copyOf(entry.headers().keySet())).toList(), "headers in their order");
            lives.checkCounts();
        }
    }

    @Property(tries = 80)
    void largeEntriesMayBeDroppedEarlierButOnlyTheOldestAndNeverTorn(@ForAll("shapes") Shape shape,
                                                                     @ForAll("largeSteps") @Size(max = 400) List<Step> steps) {
        Lives lives = new Lives(shape);
        boolean forgotten = false;
        for (Step step : steps) {
            lives.take(step);
            forgotten |= step.forgottenMerchant().isPresent();
            List<JournalEntry> kept = lives.kept();
            List<JournalEntry> model = lives.model;
            assertEquals(model.subList(model.size() - kept.size(), model.size()), kept,
                    "what the journal keeps is the newest of the model's entries, each as it was recorded");
            if (step.recorded().isPresent()) {
                assertTrue(!kept.isEmpty() && kept.get(kept.size() - 1).id() == lives.journal.lastId(),
                        "the entry just recorded is kept");
            }
            if (!forgotten) {
                // The ring holds the newest entries that start within its last lap: all of them but the padding
                // left at chunk ends (less than an entry per chunk) and the entry cut at the lap's start.
                int longest = model.stream().mapToInt(entry -> EntryBytes.write(entry).length()).max().orElse(1);
                long fit = shape.ringBytes() / longest - shape.chunks() - 1;
                assertTrue(kept.size() >= Math.min(model.size(), fit),
                        "kept " + kept.size() + " of " + model.size() + ", room for " + fit + " of the longest");
            }
            // Chunks are held for kept bytes only: each but the first and the last is filled with kept entries up
            // to less than an entry's length, and two released ones wait to be reused.
            int chunk = shape.chunk();
            List<Integer> lengths = kept.stream().map(entry -> EntryBytes.write(entry).length()).filter(n -> n <= chunk).toList();
            int longest = lengths.stream().mapToInt(n -> n).max().orElse(0);
            if (longest < chunk) {
                long keptBytes = lengths.stream().mapToLong(n -> n).sum();
                long most = keptBytes / (chunk - longest) + 2 + 2;
                assertTrue(lives.journal.chunksHeld() <= most, "held " + lives.journal.chunksHeld() + " chunks, at most " + most);
            }
            lives.checkCounts();
        }
    }

    /** A journal's capacity, room per entry and chunk size; tests make chunks small so that a few entries fill many. */
    record Shape(int capacity, int bytesPerEntry, int chunkBytes) {
        RequestJournal journal() {
            return new RequestJournal(capacity, bytesPerEntry, chunkBytes);
        }

        int chunk() {
            return (int) Math.min(chunkBytes, (long) capacity * bytesPerEntry);
        }

        long chunks() {
            return ((long) capacity * bytesPerEntry + chunk() - 1) / chunk();
        }

        long ringBytes() {
            return chunks() * chunk();
        }
    }

    /** A journal and its model, living the same steps under a clock that moves a millisecond a step. */
    private static final class Lives {
        final RequestJournal journal;
        final int capacity;
        final List<JournalEntry> model = new ArrayList<>();
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-08T00:00:00Z"));
        final InstantSource clock = now::get;

        Lives(Shape shape) {
            this.journal = shape.journal();
            this.capacity = shape.capacity();
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
            JournalFilter operation = new JournalFilter(Optional.empty(), Optional.of("createReportSchedule"),
                    java.util.OptionalInt.empty(), Optional.empty(), Optional.empty());
            assertEquals(kept.stream().filter(operation::matches).count(), journal.count(operation), "count by operation");
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
    Arbitrary<Shape> shapes() {
        // As the stub makes them: a few entries (one chunk, smaller than an entry may be), or several chunks of 1 MB;
        // and small chunks, so that room runs out across many of them before the capacity does.
        Arbitrary<Shape> stub = Arbitraries.oneOf(Arbitraries.integers().between(1, 8), Arbitraries.of(130, 260))
                .map(capacity -> new Shape(capacity, RequestJournal.BYTES_PER_ENTRY, RingBytes.CHUNK_BYTES));
        Arbitrary<Shape> small = Combinators.combine(Arbitraries.integers().between(5, 60),
                Arbitraries.integers().between(2048, 8192), Arbitraries.integers().between(8192, 40_000)).as(Shape::new);
        return Arbitraries.oneOf(stub, small);
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
        // As text (a masked request body), or as the bytes seen (any bytes, cut characters and no UTF-8 among them).
        Arbitrary<CutBody> asText = Combinators.combine(bodies, Arbitraries.of(true, false), Arbitraries.longs())
                .as((t, truncated, length) -> new CutBody(t, truncated, length));
        Arbitrary<CutBody> asSeen = Combinators.combine(bodies, Arbitraries.integers().between(0, 3), Arbitraries.longs().between(1, Long.MAX_VALUE))
                .as((t, cut, length) -> {
                    byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
                    int kept = Math.max(0, Math.min(CutBody.KEPT_BYTES, utf8.length - cut));
                    return CutBody.of(utf8, kept, Math.max(length, kept));
                });
        Arbitrary<CutBody> body = Arbitraries.oneOf(asText, asSeen);
        Arbitrary<Optional<String>> merchant = Arbitraries.of(MERCHANTS).optional();
        Arbitrary<Optional<Refusal>> refusal = Combinators.combine(Arbitraries.of(RefusalCategory.class), text.optional())
                .as(Refusal::new).optional();
        Arbitrary<String> method = Arbitraries.of("GET", "POST", "DELETE");
        Arbitrary<Integer> status = Arbitraries.of(200, 201, 400, 404, 503, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        Arbitrary<Optional<String>> operation = Arbitraries.oneOf(Arbitraries.of("createReportSchedule", "ManageReportSchedule"), text)
                .optional();
        return Combinators.combine(text, method, text, headers, body, merchant, operation, status)
                .flatAs((requestId, m, path, h, requestBody, who, op, s) -> Combinators.combine(body, refusal, text)
                        .as((answer, refused, dialect) -> new JournalEntry(0, requestId, Instant.EPOCH, m, path, h, requestBody,
                                dialect, who, op, s, answer, refused)));
    }
}
