package org.reportschedules.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.reportschedules.admin.AdminDialect;
import org.reportschedules.admin.AdminResource;
import org.reportschedules.admin.ClockControl;
import org.reportschedules.admin.JournalQueries;
import org.reportschedules.admin.PayKeyControl;
import org.reportschedules.admin.ReportOutcomePlans;
import org.reportschedules.admin.StubVersions;
import org.reportschedules.clock.StubClock;
import org.reportschedules.docs.DocsPage;
import org.reportschedules.docs.ServedContracts;
import org.reportschedules.docs.http.ContractsResource;
import org.reportschedules.docs.http.DocsDialect;
import org.reportschedules.docs.http.DocsResource;
import org.reportschedules.documents.DocumentDownloads;
import org.reportschedules.documents.DocumentLinks;
import org.reportschedules.documents.http.DocumentDialect;
import org.reportschedules.documents.http.DocumentsResource;
import org.reportschedules.domain.MerchantId;
import org.reportschedules.domain.MerchantRecords;
import org.reportschedules.journal.RequestJournal;
import org.reportschedules.journal.http.RequestRecording;
import org.reportschedules.mws.MwsReports;
import org.reportschedules.mws.MwsRequestGate;
import org.reportschedules.mws.MwsSchedules;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.QuotaRule;
import org.reportschedules.mws.ReportListActions;
import org.reportschedules.mws.ReportScheduleActions;
import org.reportschedules.mws.ReportsSection;
import org.reportschedules.mws.RequestExpiry;
import org.reportschedules.mws.RequestQuotas;
import org.reportschedules.mws.SignatureCheck;
import org.reportschedules.mws.http.MwsDialect;
import org.reportschedules.mws.http.MwsReportsResource;
import org.reportschedules.pay.IdempotentReplies;
import org.reportschedules.pay.PayContractValues;
import org.reportschedules.pay.PayKeyRegistry;
import org.reportschedules.pay.PayReportSchedules;
import org.reportschedules.pay.PayReports;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.pay.PaySignatureCheck;
import org.reportschedules.pay.http.PayDialect;
import org.reportschedules.pay.http.ReportSchedulesResource;
import org.reportschedules.pay.http.ReportsResource;
import org.reportschedules.scheduler.FiringRepository;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.store.IdempotencyJournal;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.Resettable;
import org.reportschedules.store.SequentialIds;
import org.reportschedules.store.StubState;
import org.reportschedules.store.WriteThrough;
import org.reportschedules.store.sqlite.SqliteStore;
import org.reportschedules.wire.Dialect;
import org.reportschedules.wire.BoundedBodies;
import org.reportschedules.wire.Dialects;

/**
 * The wiring: one store and one clock shared by both dialects' application layers, the dialects in the order
 * they claim paths, and the Jersey resources and filters around them.
 */
public final class StubApplication extends ResourceConfig {

    public StubApplication(StubSettings settings) {
        this(settings, Optional.empty());
    }

    /**
     * With a store, the state starts as the store kept it (records, id counters, idempotency keys, the clock's
     * setting) and every change is written through to it; without, it lives in memory only. The seed, when there
     * is one, fills a store that kept no records (and memory), and is what a reset returns to.
     */
    public StubApplication(StubSettings settings, Optional<SqliteStore> store) {
        StubClock clock = settings.clock();
        StubState state = new StubState();
        Resettable realTimeAgain = clock::reset;
        state.register(realTimeAgain);
        SequentialIds ids = state.register(new SequentialIds());
        store.ifPresent(kept -> {
            kept.clockSetting().ifPresent(clock::restore);
            clock.whenMoved(kept::keepClock);
            ids.continueFrom(kept.counters());
        });
        // Checked against the clock as the data directory left it; at a reset the seed is made again, unchecked.
        settings.seed().ifPresent(seed -> seed.check(clock.instant(), settings.mws().reportTypes() == MwsSettings.ReportTypeRule.STRICT));
        Supplier<Map<MerchantId, MerchantRecords>> seeded = () -> settings.seed()
                .map(seed -> seed.records(clock.instant(), ids, settings.reportProcessingDelay())).orElse(Map.of());
        InMemoryMerchantRepository records = new InMemoryMerchantRepository(ids,
                store.map(kept -> kept.records(ids)).orElse(Map.of()),
                store.map(kept -> kept.writeThrough(ids::counters)).orElse(WriteThrough.NONE), seeded);
        ReportMaking making = new ReportMaking(clock, ids, settings.reportProcessingDelay(), ReportMaking.DEFAULT_CATCH_UP_CAP, ReportMaking.KEPT_FOR);
        FiringRepository schedules = state.register(new FiringRepository(records, making));
        DocumentLinks documentLinks = state.register(new DocumentLinks());
        DocumentDownloads downloads = new DocumentDownloads(documentLinks, schedules, clock);

        PayKeyRegistry payKeys = state.register(new PayKeyRegistry(settings.pay().publicKeys()));
        PayContractValues payValues = PayContractValues.fromContract();
        PayReportSchedules pay = new PayReportSchedules(schedules, settings.pay(), payValues);
        PayReports payReports = new PayReports(schedules, making, documentLinks, clock, payValues);
        IdempotentReplies idempotentReplies = state.register(
                new IdempotentReplies(clock, IdempotentReplies.DEFAULT_KEPT_FOR, IdempotentReplies.DEFAULT_BOUND,
                        store.<IdempotencyJournal>map(kept -> kept).orElse(IdempotencyJournal.NONE)));

        MwsSettings mws = settings.mws();
        RequestQuotas quotas = state.register(
                new RequestQuotas(clock, QuotaRule.fromContract(), mws.throttling() == MwsSettings.Throttling.ON));
        ReportsSection actions = new ReportsSection(new ReportScheduleActions(schedules, MwsSchedules.fromContract(), clock,
                mws.reportTypes() == MwsSettings.ReportTypeRule.STRICT), new ReportListActions(schedules, clock));
        MwsRequestGate gate = new MwsRequestGate(new SignatureCheck(mws.signatureMode(), mws.signingKeys()),
                new RequestExpiry(clock), quotas, actions);
        MwsReports mwsReports = new MwsReports(gate, actions);

        boolean admin = settings.admin() == StubSettings.AdminApi.ON;
        // Most specific first; Amazon Pay answers every other path, unknown ones included (/__admin/... too without the admin API).
        List<Dialect> claimingPaths = new ArrayList<>();
        if (admin) {
            claimingPaths.add(new AdminDialect());
        }
        claimingPaths.add(new MwsDialect(clock, quotas));
        claimingPaths.add(new DocumentDialect());
        // Without the admin API its contract is neither served nor listed on the docs page.
        ServedContracts contracts = ServedContracts.load(admin);
        DocsPage docsPage = new DocsPage(contracts.entries());
        claimingPaths.add(new DocsDialect(contracts.fileNames()));
        claimingPaths.add(new PayDialect(new PaySignatureCheck(settings.pay().signatureMode(), payKeys, clock,
                PaySignatureCheck.DEFAULT_DATE_TOLERANCE)));
        Dialects dialects = new Dialects(claimingPaths, new BoundedBodies(settings.limits().maxBodyBytes()));

        // Classes, not instances: Jersey builds them per request and injects what the binder below offers.
        register(ReportSchedulesResource.class);
        register(ReportsResource.class);
        register(DocumentsResource.class);
        register(MwsReportsResource.class);
        register(DocsResource.class);
        register(ContractsResource.class);
        if (admin) {
            register(AdminResource.class);
        }
        register(dialects);
        RequestJournal journal = new RequestJournal(settings.journalSize());
        Resettable emptyJournal = journal::clear; // a suite that resets between tests wants each test's own requests only
        state.register(emptyJournal);
        register(new RequestRecording(journal, dialects, clock));
        register(new AccessLog(AccessLines.ofThisJvm()));
        register(ErrorMapper.class);
        register(JsonMapping.class);
        // Jackson's own mappers answer in plain text with class names; ErrorMapper answers instead.
        register(JacksonFeature.withoutExceptionMappers());
        ClockControl clockControl = new ClockControl(clock, schedules);
        ReportOutcomePlans outcomePlans = new ReportOutcomePlans(schedules, payValues.reportTypes());
        PayKeyControl payKeyControl = new PayKeyControl(payKeys);
        JournalQueries journalQueries = new JournalQueries(journal);
        StubVersions versions = StubVersions.read();
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(settings.pay()).to(PaySettings.class);
                bind(pay).to(PayReportSchedules.class);
                bind(payReports).to(PayReports.class);
                bind(idempotentReplies).to(IdempotentReplies.class);
                bind(downloads).to(DocumentDownloads.class);
                bind(mwsReports).to(MwsReports.class);
                bind(clock).to(StubClock.class);
                bind(clockControl).to(ClockControl.class);
                bind(outcomePlans).to(ReportOutcomePlans.class);
                bind(payKeyControl).to(PayKeyControl.class);
                bind(state).to(StubState.class);
                bind(journalQueries).to(JournalQueries.class);
                bind(versions).to(StubVersions.class);
                bind(dialects).to(Dialects.class);
                bind(contracts).to(ServedContracts.class);
                bind(docsPage).to(DocsPage.class);
            }
        });
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
