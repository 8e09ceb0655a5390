package org.reportschedules.mws;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The section runs every action of each group, and only those (the contract agreement is ContractAgreementTest's). */
class ReportsSectionTest {

    private final InMemoryMerchantRepository repository = new InMemoryMerchantRepository(new SequentialIds());
    private final ReportScheduleActions schedules = new ReportScheduleActions(repository, MwsSchedules.fromContract(), Clock.systemUTC(), true);
    private final ReportListActions reports = new ReportListActions(repository, Clock.systemUTC());

    @Test
    void theSectionHasEachGroupsActions() {
        ReportsSection section = new ReportsSection(schedules, reports);

        Set<String> expected = new HashSet<>(schedules.actions().keySet());
        expected.addAll(reports.actions().keySet());
        assertEquals(expected, section.names());
        assertEquals(schedules.actions().size() + reports.actions().size(), section.names().size(), "no action is run by two groups");
        assertTrue(section.has("GetReport"));
        assertFalse(section.has("RequestReport"), "the stub does not serve report requests");
    }
}
