package org.reportschedules.journal.http;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.reportschedules.journal.BodyCopy;
import org.reportschedules.journal.CredentialMasking;
import org.reportschedules.journal.CutBody;
import org.reportschedules.journal.JournalEntry;
import org.reportschedules.journal.Refusal;
import org.reportschedules.journal.RefusalCategory;
import org.reportschedules.journal.RequestJournal;
import org.reportschedules.wire.Dialect;
import org.reportschedules.wire.Dialects;
import org.reportschedules.wire.Refusals;
import org.reportschedules.wire.RequestIds;

/**
 * Feeds the request journal: sees each request first (before any dialect rewrites its path, headers or body) and
 * its answer last, once the body is written. Bodies are copied as they stream by, never read twice. Requests to
 * the journal's own paths are not recorded, so reading the journal does not change it.
 */
@PreMatching
@Priority(2)
public final class RequestRecording implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    /** The journal's own paths (list, count, delete). */
    public static final String JOURNAL_PATH = "/__admin/requests";

    private static final String SENT = "stub.journal.sent";
    private static final String ANSWER = "stub.journal.answer";

    private final RequestJournal journal;
    private final Dialects dialects;
    private final Clock clock;

    /** @param clock the stub's clock: entries are dated as everything else the stub reports, and move with it */
    public RequestRecording(RequestJournal journal, Dialects dialects, Clock clock) {
        this.journal = journal;
        this.dialects = dialects;
        this.clock = clock;
    }

    /** What the client sent, kept before any filter changes the request. */
    private record Sent(String method, String path, Map<String, List<String>> headers, BodyCopy body) {
    }

    /** What the answer is, known in the response filter, waiting for its body to be written. */
    private record Answer(Sent sent, String requestId, Dialect dialect, Optional<String> merchant, Optional<String> operation,
                          int status, Optional<Refusal> refusal, BodyCopy body) {
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!journal.isOn()) {
            return;
        }
        String rawPath = request.getUriInfo().getRequestUri().getRawPath();
        if (rawPath.equals(JOURNAL_PATH) || rawPath.startsWith(JOURNAL_PATH + "/")) {
            return;
        }
        String rawQuery = request.getUriInfo().getRequestUri().getRawQuery();
        BodyCopy body = new BodyCopy();
        if (request.hasEntity()) {
            request.setEntityStream(new CopyingInput(request.getEntityStream(), body));
        }
        request.setProperty(SENT, new Sent(request.getMethod(), rawQuery == null ? rawPath : rawPath + "?" + rawQuery,
                CredentialMasking.headers(request.getHeaders()), body));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(SENT) instanceof Sent sent)) {
            return;
        }
        Dialect dialect = dialects.chosenFor(request);
        int status = response.getStatus();
        Optional<Refusal> refusal = status < 400 ? Optional.empty()
                : Refusals.of(request).or(() -> Optional.of(new Refusal(RefusalCategory.ofStatus(status), Optional.empty())));
        Answer answer = new Answer(sent, RequestIds.of(request), dialect, told(() -> dialect.merchant(request)),
                told(() -> dialect.operation(request)).or(() -> resourceMethodName(request)), status, refusal, new BodyCopy());
        if (!response.hasEntity()) {
            record(answer);
            return;
        }
        request.setProperty(ANSWER, answer);
        response.setEntityStream(new CopyingOutput(response.getEntityStream(), answer.body()));
    }

    /** Runs last around the body's writing: the entry is made once the whole answer went out (or failed to). */
    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        try {
            context.proceed();
        } finally {
            if (context.getProperty(ANSWER) instanceof Answer answer) {
                context.removeProperty(ANSWER);
                record(answer);
            }
        }
    }

    private void record(Answer answer) {
        Sent sent = answer.sent();
        CutBody requestBody = sent.body().cut();
        CutBody maskedBody = requestBody.withText(CredentialMasking.parameters(requestBody.text()));
        String maskedPath = CredentialMasking.parameters(sent.path());
        CutBody answerBody = answer.body().cut();
        // Numbered and dated by the journal as it takes the entry in.
        journal.record(new JournalEntry(0, answer.requestId(), Instant.EPOCH, sent.method(), maskedPath, sent.headers(),
                maskedBody, answer.dialect().name(), answer.merchant(), answer.operation(), answer.status(), answerBody,
                answer.refusal()), clock);
    }

    /**
     * What a dialect tells of a request it may have refused for that very reason (an MWS SellerId and Merchant naming
     * two sellers): nothing, rather than turning its answer into a 500.
     */
    private static Optional<String> told(Supplier<Optional<String>> fact) {
        try {
            return fact.get();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** The operationId of the generated interface method the request reached (its name is the operationId). */
    private static Optional<String> resourceMethodName(ContainerRequestContext request) {
        if (request.getUriInfo() instanceof ExtendedUriInfo extended) {
            ResourceMethod matched = extended.getMatchedResourceMethod();
            if (matched != null && matched.getInvocable().getDefinitionMethod() != null) {
                return Optional.of(matched.getInvocable().getDefinitionMethod().getName());
            }
        }
        return Optional.empty();
    }

    private static final class CopyingInput extends FilterInputStream {
        private final BodyCopy copy;

        CopyingInput(InputStream in, BodyCopy copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                copy.seen(b);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int count = super.read(bytes, offset, length);
            copy.seen(bytes, offset, count);
            return count;
        }
    }

    private static final class CopyingOutput extends FilterOutputStream {
        private final BodyCopy copy;

        CopyingOutput(OutputStream out, BodyCopy copy) {
            super(out);
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            copy.seen(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            copy.seen(bytes, offset, length);
        }
    }
}
