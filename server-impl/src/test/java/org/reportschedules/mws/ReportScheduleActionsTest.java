package org.reportschedules.mws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.MerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportScheduleActionsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static final MerchantId SELLER = MwsParameters.merchantOf("A3EXAMPLE4D");

    private final MerchantRepository repository = new InMemoryMerchantRepository(new SequentialIds());
    private final ReportScheduleActions actions = new ReportScheduleActions(repository, MwsSchedules.fromContract(),
            Clock.fixed(NOW, ZoneOffset.UTC), true);

    @Test
    void aScheduleDateExactly366DaysAheadIsAcceptedOneSecondMoreIsNot() {
        Instant limit = NOW.plus(Duration.ofDays(366));
        actions.manage(SELLER, manage("_1_DAY_", limit.toString()), "r1");
        assertEquals(limit, schedules().get(0).nextReportCreationTime());

        MwsRequestRejected refused = assertThrows(MwsRequestRejected.class,
                () -> actions.manage(SELLER, manage("_1_WEEK_", limit.plusSeconds(1).toString()), "r2"));
        assertEquals(MwsErrorCode.InvalidParameterValue, refused.error().code());
        assertEquals("P1D", schedules().get(0).frequency().iso8601(), "the refused update changed nothing");
    }

    @Test
    void withoutScheduleDateTheNextRequestIsNow() {
        actions.manage(SELLER, manage("_30_DAYS_", null), "r1");
        assertEquals(NOW, schedules().get(0).nextReportCreationTime());
    }

    @Test
    void neverDeletesWhateverDateAScheduleDateNames() {
        actions.manage(SELLER, manage("_1_DAY_", null), "r1");
        actions.manage(SELLER, manage("_NEVER_", "2099-01-01T00:00:00Z"), "r2");
        assertTrue(schedules().isEmpty());
    }

    @Test
    void neverWithAScheduleDateThatIsNoDateIsRefusedAndDeletesNothing() {
        actions.manage(SELLER, manage("_1_DAY_", null), "r1");
        MwsError error = assertThrows(MwsRequestRejected.class, () -> actions.manage(SELLER, manage("_NEVER_", "junk"), "r2")).error();
        assertEquals(MwsErrorCode.InvalidParameterValue, error.code());
        assertEquals(1, schedules().size());
    }

    @Test
    void aScheduleDateWithoutAnOffsetIsUtc() {
        actions.manage(SELLER, manage("_1_DAY_", "2026-02-01T10:00:00"), "r1");
        assertEquals(Instant.parse("2026-02-01T10:00:00Z"), schedules().get(0).nextReportCreationTime());
    }

    private static MwsParameters manage(String schedule, String scheduleDate) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Action", "ManageReportSchedule");
        values.put("ReportType", "_GET_ORDERS_DATA_");
        values.put("Schedule", schedule);
        if (scheduleDate != null) {
            values.put("ScheduleDate", scheduleDate);
        }
        return new MwsParameters(values);
    }

    private List<ReportSchedule> schedules() {
        return repository.read(SELLER, records -> records.schedules().list(List.of()));
    }
}
