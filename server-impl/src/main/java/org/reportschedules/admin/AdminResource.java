package org.reportschedules.admin;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import org.reportschedules.api.admin.StubAdminApi;
import org.reportschedules.api.admin.model.ClockAdvance;
import org.reportschedules.api.admin.model.ClockSetting;
import org.reportschedules.api.admin.model.ClockState;
import org.reportschedules.api.admin.model.ContractVersion;
import org.reportschedules.api.admin.model.Health;
import org.reportschedules.api.admin.model.PayPublicKey;
import org.reportschedules.api.admin.model.PayPublicKeyList;
import org.reportschedules.api.admin.model.RecordedBody;
import org.reportschedules.api.admin.model.RecordedRequest;
import org.reportschedules.api.admin.model.RecordedRequestCount;
import org.reportschedules.api.admin.model.RecordedRequestPage;
import org.reportschedules.api.admin.model.RecordedResponse;
import org.reportschedules.api.admin.model.Refusal;
import org.reportschedules.api.admin.model.ReportOutcomeOrder;
import org.reportschedules.api.admin.model.ReportOutcomePlan;
import org.reportschedules.api.admin.model.StubVersion;
import org.reportschedules.journal.CutBody;
import org.reportschedules.journal.JournalEntry;
import org.reportschedules.journal.JournalFilter;
import org.reportschedules.journal.RequestJournal;
import org.reportschedules.pay.PayKeyRegistry;
import org.reportschedules.store.StubState;

/**
 * The stub-only controls: its clock, the outcomes of merchants' next reports, Amazon Pay public keys, a reset of all
 * state, the request journal, health and version.
 */
@Singleton
public class AdminResource implements StubAdminApi {

    private final ClockControl clock;
    private final ReportOutcomePlans outcomes;
    private final PayKeyControl payKeys;
    private final StubState state;
    private final JournalQueries journal;
    private final StubVersions versions;

    @Inject
    public AdminResource(ClockControl clock, ReportOutcomePlans outcomes, PayKeyControl payKeys, StubState state,
                         JournalQueries journal, StubVersions versions) {
        this.clock = clock;
        this.outcomes = outcomes;
        this.payKeys = payKeys;
        this.state = state;
        this.journal = journal;
        this.versions = versions;
    }

    @Override
    public Response listRecordedRequests(String merchant, String publicKeyId, String sellerId, String operation, Integer status,
                                         String since, String until, Integer limit, String nextToken) {
        JournalFilter filter = journal.filter(merchant, publicKeyId, sellerId, operation, status, since, until);
        RequestJournal.Page page = journal.page(filter, limit, nextToken);
        RecordedRequestPage answer = new RecordedRequestPage().requests(page.entries().stream().map(AdminResource::recorded).toList());
        page.nextBefore().ifPresent(before -> answer.nextToken(Long.toString(before)));
        return Response.ok(answer).build();
    }

    @Override
    public Response countRecordedRequests(String merchant, String publicKeyId, String sellerId, String operation, Integer status,
                                          String since, String until) {
        JournalFilter filter = journal.filter(merchant, publicKeyId, sellerId, operation, status, since, until);
        return Response.ok(new RecordedRequestCount().count(journal.journal().count(filter))).build();
    }

    @Override
    public Response deleteRecordedRequests(String merchant, String publicKeyId, String sellerId) {
        journal.journal().forget(journal.filter(merchant, publicKeyId, sellerId, null, null, null, null));
        return Response.noContent().build();
    }

    @Override
    public Response getHealth() {
        return Response.ok(new Health().status(Health.StatusEnum.UP)).build();
    }

    @Override
    public Response getVersion() {
        return Response.ok(new StubVersion().version(versions.version()).contracts(versions.contracts().stream()
                .map(contract -> new ContractVersion()._file(contract.file()).title(contract.title()).version(contract.version()))
                .toList())).build();
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

    private static RecordedRequest recorded(JournalEntry entry) {
        RecordedRequest recorded = new RecordedRequest().id(entry.id()).requestId(entry.requestId()).time(entry.time().toString())
                .method(entry.method()).path(entry.path()).headers(entry.headers()).body(body(entry.body()))
                .dialect(RecordedRequest.DialectEnum.fromValue(entry.dialect()))
                .response(new RecordedResponse().status(entry.status()).body(body(entry.responseBody())));
        entry.merchant().ifPresent(recorded::merchant);
        entry.operation().ifPresent(recorded::operation);
        entry.refusal().ifPresent(refusal -> recorded.refusal(new Refusal()
                .category(Refusal.CategoryEnum.fromValue(refusal.category().label())).code(refusal.code().orElse(null))));
        return recorded;
    }

    private static RecordedBody body(CutBody body) {
        return new RecordedBody().text(body.text()).truncated(body.truncated()).length(body.length());
    }

    private static Response clockState(ClockControl.Reading reading) {
        return Response.ok(new ClockState().now(reading.now().toString()).frozen(reading.frozen())).build();
    }
}
