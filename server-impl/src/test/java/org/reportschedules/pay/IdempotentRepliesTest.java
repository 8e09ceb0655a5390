package org.reportschedules.pay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportschedules.clock.StubClock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Idempotency keys on plain values: replay, conflict, failures not kept, expiry on the stub's clock, the bound, merchants apart. */
class IdempotentRepliesTest {

    private static final PayCaller MERCHANT = caller("LIVE-AIDEMPOTENCYMERCHANT1");
    private static final PayCaller OTHER_MERCHANT = caller("LIVE-AIDEMPOTENCYMERCHANT2");
    private static final String KEY = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6";
    private static final NewReportSchedule DAILY = new NewReportSchedule("_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "P1D",
            "20221118T150630Z", null, null);
    private static final NewReportSchedule WEEKLY = new NewReportSchedule("_GET_FLAT_FILE_OFFAMAZONPAYMENTS_REFUND_DATA_", "P7D",
            "20221118T150630Z", null, null);

    private final StubClock clock = new StubClock(Clock.fixed(Instant.parse("2026-01-10T12:00:00Z"), ZoneOffset.UTC));
    private final IdempotentReplies replies = new IdempotentReplies(clock, Duration.ofHours(24), 3);
    private final AtomicInteger created = new AtomicInteger();

    /** A creation that counts its runs and answers a new id each time. */
    private final Supplier<String> create = () -> "id-" + created.incrementAndGet();

    private static PayCaller caller(String publicKeyId) {
        return new PayCaller("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=" + publicKeyId + ", SignedHeaders=accept, Signature=AAAA",
                Optional.empty());
    }

    @Test
    void theSameRequestWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        assertEquals("id-1", replies.once(MERCHANT, KEY, DAILY, create));
        // Built anew: equal values are the same request, however the JSON was laid out.
        NewReportSchedule again = new NewReportSchedule(DAILY.reportType(), DAILY.scheduleFrequency(), DAILY.nextReportCreationTime(), null, null);
        assertEquals("id-1", replies.once(MERCHANT, KEY, again, create));
        assertEquals(1, created.get());
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndCreatesNothing() {
        replies.once(MERCHANT, KEY, DAILY, create);
        assertRefused(PayReasonCode.DuplicateIdempotencyKey, () -> replies.once(MERCHANT, KEY, WEEKLY, create));
        // Another operation's input with the same values is another request too.
        NewReport report = new NewReport(DAILY.reportType(), "20221101T000000Z", "20221102T000000Z");
        assertRefused(PayReasonCode.DuplicateIdempotencyKey, () -> replies.once(MERCHANT, KEY, report, create));
        assertEquals(1, created.get());
    }

    @Test
    void withoutAKeyEveryRequestCreates() {
        replies.once(MERCHANT, null, DAILY, create);
        replies.once(MERCHANT, null, DAILY, create);
        assertEquals(2, created.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e", "key with space", "key.with.dots", "k1,k2", "clé"})
    void aMalformedKeyIsRefusedBeforeAnythingRuns(String header) {
        assertRefused(PayReasonCode.InvalidHeaderValue, () -> replies.once(MERCHANT, header, DAILY, create));
        assertEquals(0, created.get());
    }

    @Test
    void thirtyTwoCharactersOfEveryAllowedKindMakeAKey() {
        assertEquals("id-1", replies.once(MERCHANT, "AZaz09-_AZaz09-_AZaz09-_AZaz09-_", DAILY, create));
    }

    @Test
    void aRefusedFirstAttemptIsNotKeptSoTheClientCanCorrectItAndRetryWithTheSameKey() {
        Supplier<String> refusing = () -> {
            throw PayError.of(PayReasonCode.InvalidParameterValue, "refused").rejection();
        };
        assertRefused(PayReasonCode.InvalidParameterValue, () -> replies.once(MERCHANT, KEY, DAILY, refusing));
        assertEquals("id-1", replies.once(MERCHANT, KEY, WEEKLY, create));
    }

    @Test
    void aKeyIsKeptForItsPeriodOnTheStubsClockThenForgotten() {
        clock.freeze();
        replies.once(MERCHANT, KEY, DAILY, create);
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        assertEquals("id-1", replies.once(MERCHANT, KEY, DAILY, create));
        clock.advance(Duration.ofSeconds(1));
        assertEquals("id-2", replies.once(MERCHANT, KEY, WEEKLY, create), "a forgotten key is free for a new request");
    }

    @Test
    void beyondTheBoundTheOldestKeyIsForgottenFirst() {
        for (String key : List.of("first", "second", "third", "fourth")) {
            replies.once(MERCHANT, key, DAILY, create);
        }
        assertEquals("id-2", replies.once(MERCHANT, "second", DAILY, create), "still kept");
        assertEquals("id-5", replies.once(MERCHANT, "first", WEEKLY, create), "forgotten: neither replayed nor refused");
    }

    @Test
    void keysBelongToOneMerchant() {
        replies.once(MERCHANT, KEY, DAILY, create);
        assertEquals("id-2", replies.once(OTHER_MERCHANT, KEY, DAILY, create));
        // The same public key id in the sandbox is another merchant as well.
        PayCaller sandbox = new PayCaller(MERCHANT.authorization(), Optional.of("sandbox"));
        assertEquals("id-3", replies.once(sandbox, KEY, WEEKLY, create));
    }

    @Test
    void aResetForgetsEveryKey() {
        replies.once(MERCHANT, KEY, DAILY, create);
        replies.reset();
        assertEquals("id-2", replies.once(MERCHANT, KEY, WEEKLY, create));
    }

    /** Requests racing with one key: the first creates, the others wait for its answer and get it. */
    @Test
    void racingRequestsWithOneKeyCreateOnceAndAllGetTheSameAnswer() throws Exception {
        int racers = 16;
        CountDownLatch allArrived = new CountDownLatch(racers);
        Supplier<String> slowCreate = () -> {
            awaitQuietly(allArrived);
            return create.get();
        };
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Callable<String>> requests = IntStream.range(0, racers).<Callable<String>>mapToObj(i -> () -> {
                allArrived.countDown();
                return replies.once(MERCHANT, KEY, DAILY, slowCreate);
            }).toList();
            Set<String> answers = new HashSet<>();
            for (Future<String> answer : pool.invokeAll(requests)) {
                answers.add(answer.get());
            }
            assertEquals(Set.of("id-1"), answers);
            assertEquals(1, created.get());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void assertRefused(PayReasonCode expected, Executable call) {
        assertEquals(expected, assertThrows(PayRequestRejected.class, call).error().reasonCode());
    }
}
