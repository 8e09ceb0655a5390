package org.reportschedules.docs.http;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.reportschedules.docs.DocsPage;
import org.reportschedules.docs.ServedFile;

/** The docs page at /docs (and /docs/) and the files it loads from /docs/. */
@Path(DocsPage.PATH)
@Singleton
public class DocsResource {

    private final DocsPage page;

    @Inject
    public DocsResource(DocsPage page) {
        this.page = page;
    }

    @GET
    public Response page() {
        return ok(page.page());
    }

    @GET
    @Path("/{file}")
    public Response asset(@PathParam("file") String file) {
        return ok(page.asset(file).orElseThrow(NotFoundException::new));
    }

    static Response ok(ServedFile file) {
        return Response.ok(file.content(), file.mediaType()).build();
    }
}
