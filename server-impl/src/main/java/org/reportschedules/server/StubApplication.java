package org.reportschedules.server;

import java.time.Clock;

import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.reportschedules.admin.AdminResource;
import org.reportschedules.admin.StubClock;
import org.reportschedules.mws.MwsParameterMerger;
import org.reportschedules.mws.MwsReportsResource;
import org.reportschedules.mws.MwsRequestGate;
import org.reportschedules.mws.MwsReplyHeaders;
import org.reportschedules.mws.MwsSchedules;
import org.reportschedules.mws.MwsSettings;
import org.reportschedules.mws.ReportScheduleActions;
import org.reportschedules.mws.RequestQuotas;
import org.reportschedules.mws.SignatureCheck;
import org.reportschedules.pay.PayPathNormalizer;
import org.reportschedules.pay.PaySettings;
import org.reportschedules.pay.ReportSchedulesResource;
import org.reportschedules.store.ScheduleStore;

/** The Jersey application: both dialects' resources and filters around one shared store. */
public final class StubApplication extends ResourceConfig {

    public StubApplication(StubSettings settings, ScheduleStore store) {
        // Classes, not instances: Jersey builds them per request and injects what the binder below offers.
        register(ReportSchedulesResource.class);
        register(PayPathNormalizer.class);
        register(MwsReportsResource.class);
        register(AdminResource.class);
        register(MwsParameterMerger.class);
        register(MwsReplyHeaders.class);
        register(RequestIds.class);
        register(RequestSanity.class);
        register(AccessLog.class);
        register(ErrorMapper.class);
        register(JsonMapping.class);
        // Jackson's own mappers answer in plain text with class names; ErrorMapper answers instead.
        register(JacksonFeature.withoutExceptionMappers());
        MwsSettings mws = settings.mws();
        RequestQuotas quotas = new RequestQuotas(settings.clock(), mws.throttling());
        ReportScheduleActions actions = new ReportScheduleActions(MwsSchedules.fromContract(), settings.clock(),
                mws.strictReportTypes());
        MwsRequestGate gate = new MwsRequestGate(new SignatureCheck(mws.signatureMode(), mws.signingKeys()), quotas, actions);
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(store).to(ScheduleStore.class);
                bind(settings.pay()).to(PaySettings.class);
                bind(settings.clock()).to(Clock.class);
                bind(settings.clock()).to(StubClock.class);
                bind(quotas).to(RequestQuotas.class);
                bind(gate).to(MwsRequestGate.class);
                bind(actions).to(ReportScheduleActions.class);
            }
        });
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
