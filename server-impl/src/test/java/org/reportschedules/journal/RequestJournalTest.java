package org.reportschedules.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class RequestJournalTest {

    @Test
    void manyThreadsRecordWhileOthersListAndNothingIsLostOrTorn() throws Exception {
        RequestJournal journal = new RequestJournal(100);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        AtomicBoolean recording = new AtomicBoolean(true);
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            String merchant = "mws:T" + t;
            writers.add(threads.submit(() -> {
                for (int i = 0; i < 2000; i++) {
                    journal.record(entry(merchant), CLOCK);
                }
            }));
        }
        Future<?> reader = threads.submit(() -> {
            while (recording.get()) {
                List<JournalEntry> page = journal.newestFirst(JournalFilter.ALL, OptionalLong.empty(), 100).entries();
                for (int i = 1; i < page.size(); i++) {
                    assertTrue(page.get(i - 1).id() > page.get(i).id(), "newest first, ids distinct");
                }
                assertTrue(journal.count(JournalFilter.ALL) <= 100);
                // A filter reads each entry's bytes in the ring while writers overwrite the oldest.
                journal.newestFirst(JournalFilter.ofMerchant("mws:T0"), OptionalLong.empty(), 100).entries()
                        .forEach(entry -> assertEquals(Optional.of("mws:T0"), entry.merchant()));
            }
            return null;
        });
        for (Future<?> writer : writers) {
            writer.get();
        }
        recording.set(false);
        reader.get();
        threads.shutdown();
        assertEquals(12_000, journal.lastId());
        assertEquals(100, journal.count(JournalFilter.ALL));
        assertEquals(12_000, journal.newestFirst(JournalFilter.ALL, OptionalLong.empty(), 1).entries().get(0).id());
    }

    @Test
    void forgettingOneMerchantKeepsTheOthersInOrder() {
        RequestJournal journal = new RequestJournal(3);
        for (int i = 0; i < 4; i++) {
            String merchant = i % 2 == 0 ? "mws:A" : "mws:B";
            journal.record(entry(merchant), CLOCK);
        }
        journal.forget(JournalFilter.ofMerchant("mws:A"));
        List<JournalEntry> left = journal.newestFirst(JournalFilter.ALL, OptionalLong.empty(), 10).entries();
        assertEquals(List.of(4L, 2L), left.stream().map(JournalEntry::id).toList());
        journal.record(entry("mws:A"), CLOCK);
        assertEquals(5, journal.newestFirst(JournalFilter.ALL, OptionalLong.empty(), 10).entries().get(0).id());
    }

    @Test
    void theJournalTakesWhatItsEntriesTakeNotItsWholeRoom() {
        RequestJournal journal = new RequestJournal(RequestJournal.DEFAULT_CAPACITY);
        JournalEntry small = new JournalEntry(0, "r", Instant.EPOCH, "GET", "/v2/report-schedules", Map.of(),
                CutBody.NONE, "pay", Optional.of("pay-live:K"), Optional.empty(), 200, new CutBody("x".repeat(400), false, 400),
                Optional.empty());
        for (int i = 0; i < 8 * RequestJournal.DEFAULT_CAPACITY; i++) {
            journal.record(small, CLOCK);
        }
        // 5,000 entries of about 450 bytes take about 2.2 MB: three chunks, the one being written, two spare.
        assertEquals(RequestJournal.DEFAULT_CAPACITY, journal.count(JournalFilter.ALL));
        assertTrue(journal.chunksHeld() <= 6, "chunks held: " + journal.chunksHeld());
        journal.clear();
        assertTrue(journal.chunksHeld() <= 3, "chunks held after a reset: " + journal.chunksHeld());
    }

    @Test
    void aJournalOfSizeZeroKeepsNothing() {
        RequestJournal journal = new RequestJournal(0);
        journal.record(entry("mws:A"), CLOCK);
        assertFalse(journal.isOn());
        assertEquals(0, journal.count(JournalFilter.ALL));
    }

    @Test
    void credentialsAreMaskedAndIdsKept() {
        Map<String, List<String>> masked = CredentialMasking.headers(Map.of(
                "Authorization", List.of("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=K1, SignedHeaders=accept;x-amz-pay-date, Signature=abc+/="),
                "Proxy-Authorization", List.of("Basic dXNlcjpwYXNz"),
                "x-amz-pay-idempotency-key", List.of("key-1")));
        assertEquals(List.of("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=K1, SignedHeaders=accept;x-amz-pay-date, Signature=****"),
                masked.get("authorization"));
        assertEquals(List.of("****"), masked.get("proxy-authorization"));
        assertEquals(List.of("key-1"), masked.get("x-amz-pay-idempotency-key"));
        assertEquals(List.of("Bearer ****"), CredentialMasking.headers(Map.of("authorization", List.of("Bearer t0ken"))).get("authorization"));
        assertEquals("/?AWSAccessKeyId=AK&Signature=****&Action=X", CredentialMasking.parameters("/?AWSAccessKeyId=AK&Signature=s%2Bg&Action=X"));
        assertEquals("Signature=****", CredentialMasking.parameters("Signature=abc"));
    }

    @Test
    void aBodyIsCutAtItsBoundWithItsLengthKept() {
        BodyCopy copy = new BodyCopy();
        byte[] chunk = new byte[3000];
        java.util.Arrays.fill(chunk, (byte) 'a');
        copy.seen(chunk, 0, chunk.length);
        copy.seen(chunk, 0, chunk.length);
        CutBody cut = copy.cut();
        assertEquals(CutBody.KEPT_BYTES, cut.text().length());
        assertTrue(cut.truncated());
        assertEquals(6000, cut.length());
    }

    private static final InstantSource CLOCK = InstantSource.fixed(Instant.EPOCH);

    private static JournalEntry entry(String merchant) {
        return new JournalEntry(0, "r", Instant.EPOCH, "GET", "/", Map.of(), CutBody.NONE, "mws", Optional.of(merchant),
                Optional.empty(), 200, CutBody.NONE, Optional.empty());
    }
}
