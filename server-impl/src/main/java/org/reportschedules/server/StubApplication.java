package org.reportschedules.server;

import java.time.Clock;

import org.glassfish.jersey.inject.hk2.AbstractBinder;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
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
        register(RequestIds.class);
        register(AccessLog.class);
        register(ErrorMapper.class);
        register(JsonMapping.class);
        // Jackson's own mappers answer in plain text with class names; ErrorMapper answers instead.
        register(JacksonFeature.withoutExceptionMappers());
        register(new AbstractBinder() {
            @Override
            protected void configure() {
                bind(store).to(ScheduleStore.class);
                bind(settings.pay()).to(PaySettings.class);
                bind(settings.clock()).to(Clock.class);
            }
        });
        property(ServerProperties.WADL_FEATURE_DISABLE, true);
    }
}
