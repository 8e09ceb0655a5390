package org.reportschedules.mws;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.reportschedules.api.mws.model.GetReportCountResponse;
import org.reportschedules.api.mws.model.GetReportCountResult;
import org.reportschedules.api.mws.model.GetReportListByNextTokenResponse;
import org.reportschedules.api.mws.model.GetReportListResponse;
import org.reportschedules.api.mws.model.ReportInfo;
import org.reportschedules.api.mws.model.ReportListResult;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportContent;
import org.reportschedules.store.MerchantRepository;

/**
 * The four MWS actions that read the reports a seller's schedules made: GetReportList, GetReportListByNextToken,
 * GetReportCount and GetReport. A report is there once it is done (COMPLETED by the clock's now); its
 * AvailableDate is the end of its processing. Reports are kept 90 days. Answers with the generated models, and
 * GetReport with a {@link ReportFile}.
 */
public final class ReportListActions {

    /** The docs: MaxCount is 1 to 100, default 10; "if you specify a number greater than 100, the request is rejected". */
    static final int DEFAULT_MAX_COUNT = 10;
    static final int LARGEST_MAX_COUNT = 100;

    /** The stub makes each report at a request of its own; ReportRequestIds sit this far below the ReportIds. */
    private static final long REQUEST_ID_OFFSET = 1_000_000_000L;

    private final MerchantRepository repository;
    private final Clock clock;

    /**
     * Where a report stands in a listing: newest AvailableDate first, as the live service listed them, then the
     * larger ReportId first. A NextToken keeps the position of the last report of its page.
     */
    record Position(Instant availableDate, String reportId) {

        static final Comparator<Position> NEWEST_FIRST = Comparator.comparing(Position::availableDate)
                .thenComparing(Position::reportId, Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .reversed();

        static Position of(Report report) {
            return new Position(report.processingEndTime(), report.id());
        }
    }

    /** @param repository the seller's records, with whatever the schedules owe fired before they are read */
    public ReportListActions(MerchantRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * The ReportRequestId of a report. The stub makes each report at a request of its own, whose id is the
     * ReportId less 1 000 000 000 (59000000003 was made at request 58000000003): never a ReportId, so a client
     * that passes one for the other to GetReport is refused, as it would be by MWS.
     */
    static String requestIdOf(String reportId) {
        try {
            long id = Long.parseLong(reportId);
            return id >= REQUEST_ID_OFFSET ? Long.toString(id - REQUEST_ID_OFFSET) : reportId;
        } catch (NumberFormatException e) {
            return reportId;
        }
    }

    /** Whether UpdateReportAcknowledgements acknowledged the report: never, as the stub does not serve it. */
    static boolean isAcknowledged(Report report) {
        return false;
    }

    /** These actions, by name, for the {@link ReportsSection}. */
    Map<String, ReportsSection.Action> actions() {
        return Map.of(
                "GetReportList", this::list,
                "GetReportListByNextToken", this::listByNextToken,
                "GetReportCount", this::count,
                "GetReport", (seller, parameters, requestId) -> report(seller, parameters));
    }

    GetReportListResponse list(MerchantId seller, MwsParameters parameters, String requestId) {
        Instant now = clock.instant();
        ReportFilter filter = ReportFilter.of(parameters, now, true);
        int maxCount = maxCount(parameters);
        return new GetReportListResponse()
                .getReportListResult(page(seller, filter, maxCount, null, now))
                .responseMetadata(ReportsSection.metadata(requestId));
    }

    /** The docs: NextToken is this action's only own parameter; the token carries the first request's filter. */
    GetReportListByNextTokenResponse listByNextToken(MerchantId seller, MwsParameters parameters, String requestId) {
        ReportListToken token = ReportListToken.decode(parameters.required("NextToken"), seller);
        return new GetReportListByNextTokenResponse()
                .getReportListByNextTokenResult(page(seller, token.filter(), token.maxCount(), token.after(), clock.instant()))
                .responseMetadata(ReportsSection.metadata(requestId));
    }

    GetReportCountResponse count(MerchantId seller, MwsParameters parameters, String requestId) {
        Instant now = clock.instant();
        ReportFilter filter = ReportFilter.of(parameters, now, false);
        long count = available(seller, now).stream().filter(filter::keeps).count();
        return new GetReportCountResponse()
                .getReportCountResult(new GetReportCountResult().count(Math.toIntExact(count)))
                .responseMetadata(ReportsSection.metadata(requestId));
    }

    /** The report's flat file, if it is one of the seller's reports and done; otherwise InvalidParameterValue. */
    ReportFile report(MerchantId seller, MwsParameters parameters) {
        String reportId = parameters.required("ReportId");
        if (!reportId.matches("[0-9]{1,20}")) {
            throw MwsError.invalidValue("ReportId", reportId, "a ReportId is a non-negative integer, as GetReportList lists it").rejection();
        }
        Instant now = clock.instant();
        return repository.read(seller, records -> {
            Report report = records.reports().find(reportId).orElseThrow(() -> notAvailable(reportId));
            ProcessingStatus status = report.statusAt(now);
            if (status == ProcessingStatus.IN_PROGRESS) {
                throw MwsError.invalidValue("ReportId", reportId,
                        "the report is not done yet; GetReportList lists it once it is available for download").rejection();
            }
            if (status != ProcessingStatus.COMPLETED) {
                throw notAvailable(reportId);
            }
            return new ReportFile(reportId, ReportContent.of(report, seller));
        });
    }

    private ReportListResult page(MerchantId seller, ReportFilter filter, int maxCount, Position after, Instant now) {
        List<Report> matching = available(seller, now).stream()
                .filter(filter::keeps)
                .filter(report -> after == null || Position.NEWEST_FIRST.compare(Position.of(report), after) > 0)
                .toList();
        List<Report> page = matching.subList(0, Math.min(maxCount, matching.size()));
        ReportListResult result = new ReportListResult().hasNext(page.size() < matching.size());
        if (page.size() < matching.size()) {
            Position last = Position.of(page.get(page.size() - 1));
            result.nextToken(new ReportListToken(seller, filter, maxCount, last).encode());
        }
        page.forEach(report -> result.addReportInfoItem(toModel(report)));
        return result;
    }

    /** The seller's reports that are done by now, newest first. */
    private List<Report> available(MerchantId seller, Instant now) {
        return repository.read(seller, records -> records.reports().list(report -> report.statusAt(now) == ProcessingStatus.COMPLETED))
                .stream()
                .sorted(Comparator.comparing(Position::of, Position.NEWEST_FIRST))
                .toList();
    }

    private static int maxCount(MwsParameters parameters) {
        return parameters.get("MaxCount").map(text -> {
            if (!text.matches("[0-9]{1,9}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > LARGEST_MAX_COUNT) {
                throw MwsError.invalidValue("MaxCount", text, "it must be a whole number from 1 to " + LARGEST_MAX_COUNT).rejection();
            }
            return Integer.parseInt(text);
        }).orElse(DEFAULT_MAX_COUNT);
    }

    private static MwsRequestRejected notAvailable(String reportId) {
        return MwsError.invalidValue("ReportId", reportId, "no report with this id is available for download to this seller").rejection();
    }

    private static ReportInfo toModel(Report report) {
        return new ReportInfo()
                .reportType(report.reportType())
                .acknowledged(isAcknowledged(report))
                .reportId(report.id())
                .reportRequestId(requestIdOf(report.id()))
                .availableDate(report.processingEndTime().atOffset(ZoneOffset.UTC));
    }
}
