package org.reportschedules.store.sqlite;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.reportschedules.domain.MerchantRecords;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportSchedule;

/**
 * One merchant's records as values, as last written: comparing the next change's snapshot with it tells what
 * to write (often nothing, when a read only fired no schedule), so a change costs the rows it changed.
 */
record MerchantSnapshot(List<ReportSchedule> schedules, List<Report> reports, Map<String, List<ProcessingStatus>> plannedOutcomes) {

    static final MerchantSnapshot NONE = new MerchantSnapshot(List.of(), List.of(), Map.of());

    static MerchantSnapshot of(MerchantRecords records) {
        Map<String, List<ProcessingStatus>> planned = new TreeMap<>();
        records.outcomes().plannedTypes().forEach(type -> planned.put(type, records.outcomes().planned(type)));
        return new MerchantSnapshot(records.schedules().list(List.of()), records.reports().list(report -> true), planned);
    }
}
