package org.reportschedules.server;

import java.util.List;

import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.reportschedules.admin.AdminDialect;
import org.reportschedules.admin.AdminResource;
import org.reportschedules.clock.StubClock;
import org.reportschedules.mws.MwsReports;
import org.reportschedules.mws.MwsRequestGate;
import org.reportschedules.mws.MwsSchedules;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.QuotaRule;
import org.reportschedules.mws.ReportListActions;
import org.reportschedules.mws.ReportScheduleActions;
import org.reportschedules.mws.ReportsSection;
import org.reportschedules.mws.RequestQuotas;
import org.reportschedules.mws.SignatureCheck;
import org.reportschedules.mws.http.MwsDialect;
import org.reportschedules.mws.http.MwsReportsResource;
import org.reportschedules.pay.PayContractValues;
import org.reportschedules.pay.PayReportSchedules;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.pay.http.PayDialect;
import org.reportschedules.pay.http.ReportSchedulesResource;
import org.reportschedules.scheduler.FiringRepository;
import org.reportschedules.scheduler.ReportMaking;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;
import org.reportschedules.store.StubState;
import org.reportschedules.wire.Dialects;

/**
 * The wiring: one store and one clock shared by both dialects' application layers, the dialects in the order
 * they claim paths, and the Jersey resources and filters around them.
 */
public final class StubApplication extends ResourceConfig {

    public StubApplication(StubSettings settings) {
        StubClock clock = settings.clock();
        StubState state = new StubState();
        SequentialIds ids = state.register(new SequentialIds());
        FiringRepository schedules = state.register(new FiringRepository(new InMemoryMerchantRepository(ids),
                new ReportMaking(clock, ids, ReportMaking.DEFAULT_PROCESSING_DELAY, ReportMaking.DEFAULT_CATCH_UP_CAP, ReportMaking.KEPT_FOR)));

        PayReportSchedules pay = new PayReportSchedules(schedules, settings.pay(), PayContractValues.fromContract());

        MwsSettings mws = settings.mws();
        RequestQuotas quotas = state.register(
                new RequestQuotas(clock, QuotaRule.fromContract(), mws.throttling() == MwsSettings.Throttling.ON));
        ReportsSection actions = new ReportsSection(new ReportScheduleActions(schedules, MwsSchedules.fromContract(), clock,
                mws.reportTypes() == MwsSettings.ReportTypeRule.STRICT), new ReportListActions(schedules, clock));
        MwsRequestGate gate = new MwsRequestGate(new SignatureCheck(mws.signatureMode(), mws.signingKeys()), quotas, actions);
        MwsReports mwsReports = new MwsReports(gate, actions);

        // Most specific first; Amazon Pay answers every other path, unknown ones included.
        Dialects dialects = new Dialects(List.of(new AdminDialect(), new MwsDialect(clock, quotas), new PayDialect()));

        // Classes, not instances: Jersey builds them per request and injects what the binder below offers.
        register(ReportSchedulesResource.class);
        register(MwsReportsResource.class);
        register(AdminResource.class);
        register(dialects);
        register(AccessLog.class);
        register(ErrorMapper.class);
        register(JsonMapping.class);
        // Jackson's own mappers answer in plain text with class names; ErrorMapper answers instead.
        register(JacksonFeature.withoutExceptionMappers());
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(settings.pay()).to(PaySettings.class);
                bind(pay).to(PayReportSchedules.class);
                bind(mwsReports).to(MwsReports.class);
                bind(clock).to(StubClock.class);
                bind(state).to(StubState.class);
                bind(dialects).to(Dialects.class);
            }
        });
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
