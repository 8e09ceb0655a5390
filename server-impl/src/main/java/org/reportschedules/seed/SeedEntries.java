package org.reportschedules.seed;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.List;
import java.util.stream.Collectors;

import org.reportschedules.domain.Frequency;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.ScheduleTimes;
import org.reportschedules.mws.MwsDateTimes;
import org.reportschedules.mws.MwsSchedules;
import org.reportschedules.pay.PayContractValues;
import org.reportschedules.pay.PayDateTimes;
import org.reportschedules.text.EchoedValue;

/**
 * Reads a seeded merchant's schedules and reports with the rules its API applies to a request: Amazon Pay's
 * report types, frequencies and date-times from its contract, MWS's Schedule names and xs:dateTime.
 */
final class SeedEntries {

    private static final List<String> PAY_SCHEDULE = List.of("reportScheduleId", "reportType", "scheduleFrequency", "nextReportCreationTime");
    private static final List<String> PAY_REPORT = List.of("reportType", "startTime", "endTime", "processingStatus", "createdTime");
    private static final List<String> MWS_SCHEDULE = List.of("ReportType", "Schedule", "ScheduleDate");
    private static final List<String> MWS_REPORT = List.of("ReportType", "StartDate", "EndDate", "AvailableDate");
    private static final String PAY_DATE_TIMES = "an ISO 8601 date-time such as 20221118T150630Z or 2022-11-18T15:06:30Z";
    private static final String MWS_DATE_TIMES = "an ISO 8601 date-time such as 2009-02-20T02:10:42Z";

    private final PayContractValues pay;
    private final MwsSchedules mws;

    SeedEntries(PayContractValues pay, MwsSchedules mws) {
        this.pay = pay;
        this.mws = mws;
    }

    SeededSchedule schedule(SeedApi api, SeedNode node) {
        if (api == SeedApi.AMAZON_PAY) {
            node.withOnly("an Amazon Pay schedule", PAY_SCHEDULE);
            String reportType = payReportType(node);
            if (pay.notSchedulable().contains(reportType)) {
                throw node.refused("reportType", reportType + " does not support schedule creation");
            }
            String frequency = node.text("scheduleFrequency");
            if (!pay.frequencies().contains(frequency)) {
                throw node.refused("scheduleFrequency", EchoedValue.of(frequency) + " is not an Amazon Pay schedule frequency (allowed: "
                        + String.join(", ", pay.frequencies()) + ")");
            }
            return new SeededSchedule(node.place(), id(node), reportType, Frequency.of(frequency),
                    Optional.of(date(api, node, "nextReportCreationTime")));
        }
        node.withOnly("an MWS schedule", MWS_SCHEDULE);
        String reportType = node.text("ReportType");
        String name = node.text("Schedule");
        Frequency frequency = mws.frequencyOf(name).orElseThrow(() -> node.refused("Schedule", MwsSchedules.NEVER.equals(name)
                ? "_NEVER_ deletes a schedule; a seed lists the schedules that run"
                : EchoedValue.of(name) + " is not an MWS Schedule (allowed: " + String.join(", ", mws.names()) + ")"));
        return new SeededSchedule(node.place(), Optional.empty(), reportType, frequency, optionalDate(api, node, "ScheduleDate"));
    }

    SeededReport report(SeedApi api, SeedNode node) {
        boolean isPay = api == SeedApi.AMAZON_PAY;
        node.withOnly(isPay ? "an Amazon Pay report" : "an MWS report", isPay ? PAY_REPORT : MWS_REPORT);
        String reportType = isPay ? payReportType(node) : node.text("ReportType");
        Instant start = date(api, node, isPay ? "startTime" : "StartDate");
        Instant end = date(api, node, api.endField);
        if (!end.isAfter(start)) {
            throw node.refused(api.endField, node.text(api.endField) + " must be after " + (isPay ? "startTime" : "StartDate"));
        }
        // MWS lists a report once it is done; the seed gives only such reports.
        ProcessingStatus status = isPay ? node.optionalText("processingStatus").map(text -> status(node, text))
                .orElse(ProcessingStatus.COMPLETED) : ProcessingStatus.COMPLETED;
        return new SeededReport(node.place(), reportType, start, end, status, optionalDate(api, node, api.createdField));
    }

    private String payReportType(SeedNode node) {
        String reportType = node.text("reportType");
        if (!pay.reportTypes().contains(reportType)) {
            throw node.refused("reportType", EchoedValue.of(reportType) + " is not an Amazon Pay report type");
        }
        return reportType;
    }

    /** Ids the stub could hand out itself: digits, as many as a counter holds. */
    private static Optional<String> id(SeedNode node) {
        Optional<String> id = node.optionalId("reportScheduleId");
        if (id.isPresent() && !id.get().matches("[0-9]{1,18}")) {
            throw node.refused("reportScheduleId", EchoedValue.of(id.get()) + " is not an id the stub could give: use 1 to 18 digits");
        }
        return id;
    }

    private static ProcessingStatus status(SeedNode node, String text) {
        try {
            return ProcessingStatus.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw node.refused("processingStatus", EchoedValue.of(text) + " is not a processing status (allowed: "
                    + Arrays.stream(ProcessingStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }

    private static Instant date(SeedApi api, SeedNode node, String field) {
        return optionalDate(api, node, field).orElseThrow(() -> node.refused(field + " is missing"));
    }

    private static Optional<Instant> optionalDate(SeedApi api, SeedNode node, String field) {
        return node.optionalText(field).map(text -> {
            Optional<Instant> read = api == SeedApi.AMAZON_PAY ? PayDateTimes.parse(text)
                    : MwsDateTimes.read(text).filter(ScheduleTimes::isRepresentable);
            return read.orElseThrow(() -> node.refused(field, EchoedValue.of(text) + " is not "
                    + (api == SeedApi.AMAZON_PAY ? PAY_DATE_TIMES : MWS_DATE_TIMES) + " (years 0001 to 9999)"));
        });
    }
}
