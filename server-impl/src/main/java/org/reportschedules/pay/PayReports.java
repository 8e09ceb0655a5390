package org.reportschedules.pay;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.reportschedules.documents.DocumentLinks;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.store.MerchantRepository;
import org.reportschedules.text.EchoedValue;

/**
 * The Amazon Pay v2 report operations and their rules, on plain values: Get Reports (filters, pages and
 * their tokens), Get Report By Id, Create Report and Get Report Document. Every refusal is a
 * {@link PayRequestRejected} carrying the Amazon Pay error. The records are read through the repository the
 * stub is wired with, which fires what schedules owe before any read, so a listing never misses a report
 * whose time has come.
 */
public final class PayReports {

    /** Get Reports without createdSince lists this far back (Amazon's default; reports are kept as long). */
    static final Duration DEFAULT_LOOK_BACK = Duration.ofDays(90);
    /** Amazon documents no other value: documents are not compressed. */
    static final String COMPRESSION_ALGORITHM = "N/A";

    private final MerchantRepository records;
    private final ReportMaking making;
    private final DocumentLinks links;
    private final Clock clock;
    private final PayContractValues contract;
    private final ReportListTokens tokens = new ReportListTokens();

    public PayReports(MerchantRepository records, ReportMaking making, DocumentLinks links, Clock clock, PayContractValues contract) {
        this.records = records;
        this.making = making;
        this.links = links;
        this.clock = clock;
        this.contract = contract;
    }

    /** One page of the merchant's reports that match the query, newest first; a token for the next page when more match. */
    public ReportPage list(PayCaller caller, ReportQuery query) {
        Set<String> types = Set.copyOf(PayRequestValues.reportTypes(query.reportTypes(), contract));
        Set<ProcessingStatus> statuses = statuses(query.processingStatuses());
        if (query.nextToken() != null) {
            ReportListTokens.Continuation continuation = continuation(query, types, statuses);
            if (!continuation.merchant().equals(caller.merchant())) {
                throw invalidToken();
            }
            return page(continuation.merchant(), continuation.listing(), Optional.of(continuation.after()));
        }
        ReportListing listing = listing(query, types, statuses);
        return page(caller.merchant(), listing, Optional.empty());
    }

    public ReportAsOf find(PayCaller caller, String reportId) {
        return records.read(caller.merchant(), found -> found.reports().find(reportId).map(report -> new ReportAsOf(report, clock.instant())))
                .orElseThrow(() -> PayError.notFound("Report " + reportId).rejection());
    }

    /**
     * Creates a report of the data from startTime to endTime, processed like a scheduled one, and returns its
     * id. Any report type may be asked for, the one that cannot be scheduled included. Amazon documents no
     * longest period, so none is imposed.
     */
    public String create(PayCaller caller, NewReport request) {
        PayRequestValues.requireBody(request);
        String reportType = PayRequestValues.required(request.reportType(), "reportType");
        Instant start = PayRequestValues.requiredDateTime(request.startTime(), "startTime");
        Instant end = PayRequestValues.requiredDateTime(request.endTime(), "endTime");
        // Over HTTP the JSON reader has already refused an unknown type; a direct caller has not.
        if (!contract.reportTypes().contains(reportType)) {
            throw PayError.invalidValue("reportType", reportType).rejection();
        }
        Instant now = clock.instant();
        notInTheFuture("startTime", start, now);
        notInTheFuture("endTime", end, now);
        if (!end.isAfter(start)) {
            throw PayError.of(PayReasonCode.InvalidParameterValue, "The value provided for endTime is invalid: "
                    + PayDateTimes.format(end) + ". It must be after startTime (" + PayDateTimes.format(start) + ").").rejection();
        }
        return records.change(caller.merchant(), found -> making.makeNow(found, reportType, start, end)).id();
    }

    /**
     * A new download url for the document of the merchant's COMPLETED report, valid for 30 seconds.
     *
     * @param base the scheme, host and port the request was sent to; the url points at the stub there
     */
    public ReportDocumentLink document(PayCaller caller, String reportDocumentId, URI base) {
        MerchantId merchant = caller.merchant();
        Instant now = clock.instant();
        boolean completed = records.read(merchant, found -> found.reports().findByDocument(reportDocumentId)
                .flatMap(report -> report.documentAt(now)).isPresent());
        if (!completed) {
            throw PayError.notFound("Report document " + reportDocumentId).rejection();
        }
        return new ReportDocumentLink(reportDocumentId, links.issue(base, merchant, reportDocumentId, now), COMPRESSION_ALGORITHM);
    }

    private ReportPage page(MerchantId merchant, ReportListing listing, Optional<ReportListing.Position> after) {
        Instant now = clock.instant();
        List<Report> matching = records.read(merchant, found -> found.reports().list(report -> listing.shows(report, now)
                && after.map(place -> place.precedes(report)).orElse(true)));
        List<Report> page = matching.stream().sorted(ReportListing.NEWEST_FIRST).limit(listing.pageSize()).toList();
        Optional<String> next = matching.size() > page.size()
                ? Optional.of(tokens.issue(new ReportListTokens.Continuation(merchant, listing, ReportListing.Position.of(page.get(page.size() - 1)))))
                : Optional.empty();
        return new ReportPage(page.stream().map(report -> new ReportAsOf(report, now)).toList(), next);
    }

    private ReportListing listing(ReportQuery query, Set<String> types, Set<ProcessingStatus> statuses) {
        Instant now = clock.instant();
        Instant until = query.createdUntil() == null ? now : PayRequestValues.dateTime(query.createdUntil(), "createdUntil");
        Instant since = query.createdSince() == null ? now.minus(DEFAULT_LOOK_BACK) : PayRequestValues.dateTime(query.createdSince(), "createdSince");
        if (since.isAfter(until)) {
            // Blame the bound the client sent: a createdUntil given alone is before the default 90-day look-back.
            String blamed = query.createdSince() == null ? "createdUntil" : "createdSince";
            throw PayError.of(PayReasonCode.InvalidParameterValue, "The value provided for " + blamed + " is invalid: createdSince "
                    + PayDateTimes.format(since) + (query.createdSince() == null ? " (the default, 90 days ago)" : "")
                    + " is after createdUntil " + PayDateTimes.format(until) + (query.createdUntil() == null ? " (now)" : "") + ".").rejection();
        }
        int pageSize = query.pageSize() == null ? contract.pageSizes().byDefault() : query.pageSize();
        if (!contract.pageSizes().allows(pageSize)) {
            throw PayError.of(PayReasonCode.InvalidParameterValue, "The value provided for pageSize is invalid: " + pageSize
                    + ". It must be from " + contract.pageSizes().min() + " to " + contract.pageSizes().max() + ".").rejection();
        }
        return new ReportListing(types, statuses, since, until, pageSize);
    }

    /**
     * The listing a token continues. Amazon: the token is the only parameter of a follow-up call. The .NET SDK
     * sends its reportTypes and processingStatuses along, which is accepted when they are the first call's.
     */
    private ReportListTokens.Continuation continuation(ReportQuery query, Set<String> types, Set<ProcessingStatus> statuses) {
        ReportListTokens.Continuation continuation = tokens.read(query.nextToken()).orElseThrow(PayReports::invalidToken);
        List<String> extra = Stream.of(query.createdSince() == null ? null : "createdSince",
                query.createdUntil() == null ? null : "createdUntil", query.pageSize() == null ? null : "pageSize")
                .filter(name -> name != null).toList();
        if (!extra.isEmpty()) {
            throw PayError.of(PayReasonCode.InvalidParameterCombination, "nextToken is the only parameter of a follow-up call: "
                    + "the first call's filters and page size apply. Leave out " + String.join(", ", extra) + ".").rejection();
        }
        ReportListing listing = continuation.listing();
        if (!types.isEmpty() && !types.equals(listing.types()) || !statuses.isEmpty() && !statuses.equals(listing.statuses())) {
            throw PayError.of(PayReasonCode.InvalidParameterCombination,
                    "The filters given with nextToken are not the first call's. Give nextToken alone.").rejection();
        }
        return continuation;
    }

    private static PayRequestRejected invalidToken() {
        return PayError.of(PayReasonCode.InvalidParameterValue,
                "The value provided for nextToken is invalid: it is not a token Get Reports gave this merchant.").rejection();
    }

    /** Unknown statuses are refused rather than ignored, so a typo cannot silently empty the list. */
    private static Set<ProcessingStatus> statuses(String text) {
        return PayRequestValues.commaSeparated(text).stream().map(name -> Arrays.stream(ProcessingStatus.values())
                .filter(status -> status.name().equals(name)).findFirst()
                .orElseThrow(() -> PayError.of(PayReasonCode.InvalidParameterValue, "The value provided for processingStatuses is invalid: "
                        + EchoedValue.of(name) + ". Allowed values: " + Arrays.stream(ProcessingStatus.values()).map(Enum::name)
                        .collect(Collectors.joining(", ")) + ".").rejection()))
                .collect(Collectors.toSet());
    }

    private static void notInTheFuture(String field, Instant value, Instant now) {
        if (value.isAfter(now)) {
            throw PayError.of(PayReasonCode.InvalidParameterValue, "The value provided for " + field + " is invalid: "
                    + PayDateTimes.format(value) + " is in the future (now is " + PayDateTimes.format(now) + ").").rejection();
        }
    }
}
