package org.reportschedules.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.admin.StubAdminApi;
import org.reportschedules.api.admin.model.ClockAdvance;
import org.reportschedules.api.admin.model.ClockSetting;
import org.reportschedules.api.admin.model.ClockState;
import org.reportschedules.api.admin.model.PayPublicKey;
import org.reportschedules.api.admin.model.PayPublicKeyList;
import org.reportschedules.api.admin.model.ReportOutcomeOrder;
import org.reportschedules.api.admin.model.ReportOutcomePlan;
import org.reportschedules.pay.PayKeyRegistry;
import org.reportschedules.store.StubState;

/** The stub-only controls: its clock, the outcomes of merchants' next reports, Amazon Pay public keys, and a reset of all state. */
@Singleton
public class AdminResource implements StubAdminApi {

    private final ClockControl clock;
    private final ReportOutcomePlans outcomes;
    private final PayKeyControl payKeys;
    private final StubState state;

    @Inject
    public AdminResource(ClockControl clock, ReportOutcomePlans outcomes, PayKeyControl payKeys, StubState state) {
        this.clock = clock;
        this.outcomes = outcomes;
        this.payKeys = payKeys;
        this.state = state;
    }

    @Override
    public Response getClock() {
        return clockState(clock.read());
    }

    @Override
    public Response freezeClock() {
        return clockState(clock.freeze());
    }

    @Override
    public Response advanceClock(ClockAdvance advance) {
        return clockState(clock.advance(advance == null ? null : advance.getBy()));
    }

    @Override
    public Response setClock(ClockSetting setting) {
        return clockState(clock.freezeAt(setting == null ? null : setting.getNow()));
    }

    @Override
    public Response resumeClock() {
        return clockState(clock.resume());
    }

    @Override
    public Response planReportOutcomes(ReportOutcomeOrder order) {
        if (order == null) {
            throw new AdminError(AdminErrorCode.MalformedRequest, "The request body is not the JSON object this control takes.").rejection();
        }
        ReportOutcomePlans.Plan plan = outcomes.plan(order.getPublicKeyId(), order.getEnvironment(), order.getSellerId(),
                order.getReportType(), order.getOutcome(), order.getCount());
        return Response.ok(new ReportOutcomePlan().merchant(plan.merchant().toString()).reportType(plan.reportType())
                .planned(plan.planned().stream().map(Enum::name).toList())).build();
    }

    @Override
    public Response registerPayPublicKey(String publicKeyId, String body) {
        PayKeyRegistry.Registered registered = payKeys.register(publicKeyId, body);
        return Response.status(registered.replaced() ? Response.Status.OK : Response.Status.CREATED)
                .entity(described(registered.entry())).build();
    }

    @Override
    public Response listPayPublicKeys() {
        return Response.ok(new PayPublicKeyList().payPublicKeys(payKeys.list().stream().map(AdminResource::described).toList())).build();
    }

    @Override
    public Response getPayPublicKey(String publicKeyId) {
        return Response.ok(described(payKeys.describe(publicKeyId))).build();
    }

    @Override
    public Response deletePayPublicKey(String publicKeyId) {
        payKeys.delete(publicKeyId);
        return Response.noContent().build();
    }

    @Override
    public Response reset() {
        state.resetAll();
        return Response.noContent().build();
    }

    private static PayPublicKey described(PayKeyRegistry.Entry entry) {
        return new PayPublicKey().publicKeyId(entry.publicKeyId()).algorithm(PayPublicKey.AlgorithmEnum.RSA)
                .keySize(entry.keySize()).sha256Fingerprint(entry.sha256Fingerprint())
                .source(entry.source() == PayKeyRegistry.Source.START ? PayPublicKey.SourceEnum.START : PayPublicKey.SourceEnum.ADMIN);
    }

    private static Response clockState(ClockControl.Reading reading) {
        return Response.ok(new ClockState().now(reading.now().toString()).frozen(reading.frozen())).build();
    }
}
