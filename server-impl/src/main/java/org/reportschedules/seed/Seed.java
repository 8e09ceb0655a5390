package org.reportschedules.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.MerchantRecords;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.domain.Report;
import org.reportschedules.domain.ReportSchedule;
import org.reportschedules.mws.ReportScheduleActions;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.store.SequentialIds;

/**
 * The state a stub starts in, and returns to at each admin reset: schedules and reports per merchant, read from
 * a seed file (JSON or YAML). The file is read and checked when the seed is made, so a mistake is one
 * {@link SeedRefused} line before anything starts; what depends on the stub (its clock, its MWS report-type
 * rule) is checked by {@link #check} when the stub starts.
 */
public final class Seed {

    private final String source;
    private final List<SeededMerchant> merchants;

    private Seed(String source, String text) {
        this.source = source;
        this.merchants = SeedReader.read(source, text);
    }

    /** A seed file; messages name it as given. */
    public static Seed file(Path path) {
        try {
            return new Seed(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new SeedRefused(path.toString(), "", "no such file");
        } catch (IOException e) {
            throw new SeedRefused(path.toString(), "", "cannot be read (" + e + ")");
        }
    }

    /** A seed file on the classpath (a test's resources), e.g. {@code seeds/partner.yaml}. */
    public static Seed classpath(String resource) {
        ClassLoader loader = Objects.requireNonNullElse(Thread.currentThread().getContextClassLoader(), Seed.class.getClassLoader());
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SeedRefused(resource, "", "no such resource on the classpath");
            }
            return new Seed(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SeedRefused(resource, "", "cannot be read (" + e + ")");
        }
    }

    /** A seed given as text; {@code name} stands for the file in messages, and its extension chooses JSON or YAML. */
    public static Seed text(String name, String content) {
        return new Seed(name, content);
    }

    /** Where the seed was read from, as messages name it. */
    public String source() {
        return source;
    }

    /**
     * The rules that depend on the stub, at the time it starts: with {@code --mws-report-types strict} only the
     * documented MWS report types can be scheduled; an MWS ScheduleDate is at most 366 days ahead; a report was
     * created at the latest now, within the 90 days reports are kept, and not before its period ended.
     */
    public void check(Instant now, boolean strictMwsReportTypes) {
        for (SeededMerchant merchant : merchants) {
            SeedApi api = merchant.api();
            for (SeededSchedule schedule : merchant.schedules()) {
                if (api == SeedApi.MWS && strictMwsReportTypes && !ReportScheduleActions.isSchedulable(schedule.reportType())) {
                    throw refused(schedule.place(), api.reportTypeField, schedule.reportType() + " cannot be scheduled: only order reports "
                            + "and Amazon Product Ads reports can (or start the stub with --mws-report-types lenient)");
                }
                if (api == SeedApi.MWS && schedule.next().filter(next -> next.isAfter(now.plus(Duration.ofDays(366)))).isPresent()) {
                    throw refused(schedule.place(), api.nextTimeField, schedule.next().get() + " is more than 366 days after the stub's clock (" + now + ")");
                }
            }
            for (SeededReport report : merchant.reports()) {
                Instant created = report.created().orElse(now);
                String createdField = report.created().isPresent() ? api.createdField : api.endField;
                if (created.isAfter(now)) {
                    throw refused(report.place(), api.createdField, created + " is after the stub's clock (" + now + ")");
                }
                if (report.end().isAfter(created)) {
                    throw refused(report.place(), createdField, (report.created().isPresent() ? created + " is before " + api.endField
                            : report.end() + " is after the stub's clock") + ": a report covers a period that has ended");
                }
                if (created.isBefore(now.minus(ReportMaking.KEPT_FOR))) {
                    throw refused(report.place(), api.createdField, created + " is more than " + ReportMaking.KEPT_FOR.toDays()
                            + " days before the stub's clock (" + now + "): reports are kept no longer; leave it out to create the report when the seed is loaded");
                }
            }
        }
    }

    /**
     * The seeded records, made now: fixed schedule ids as given, the others and every report and document id from
     * the counters, which first move past the largest fixed id (so none is handed out twice). A report seeded
     * IN_PROGRESS completes {@code processingDelay} after now; the others have ended when they were created.
     */
    public Map<MerchantId, MerchantRecords> records(Instant now, SequentialIds ids, Duration processingDelay) {
        merchants.stream().flatMap(m -> m.schedules().stream()).flatMap(s -> s.id().stream()).mapToLong(Long::parseLong).max()
                .ifPresent(largest -> ids.continueFrom(new SequentialIds.Counters(largest + 1, 0, 0)));
        Map<MerchantId, MerchantRecords> records = new LinkedHashMap<>();
        for (SeededMerchant merchant : merchants) {
            MerchantRecords made = MerchantRecords.empty(ids);
            for (SeededSchedule schedule : merchant.schedules()) {
                made.schedules().restore(new ReportSchedule(schedule.id().orElseGet(ids::next), schedule.reportType(),
                        schedule.frequency(), schedule.next().orElse(now)));
            }
            for (SeededReport report : merchant.reports()) {
                Instant created = report.created().orElse(now);
                boolean inProgress = report.status() == ProcessingStatus.IN_PROGRESS;
                ProcessingStatus outcome = inProgress ? ProcessingStatus.COMPLETED : report.status();
                made.reports().add(new Report(ids.nextReportId(), report.reportType(), report.start(), report.end(), created,
                        inProgress ? now.plus(processingDelay) : created, outcome,
                        outcome == ProcessingStatus.COMPLETED ? ids.nextDocumentId() : null, null));
            }
            records.put(merchant.merchant(), made);
        }
        return records;
    }

    private SeedRefused refused(String place, String field, String mistake) {
        return new SeedRefused(source, place + "." + field, mistake);
    }
}
