package org.reportschedules.docs.http;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.reportschedules.docs.ServedContracts;

/**
 * The contract files under /openapi, their servers naming the stub at the scheme, host and port this request
 * reached it (so the HTTPS listener hands out https URLs).
 */
@Path(ServedContracts.PATH)
@Singleton
public class ContractsResource {

    private final ServedContracts contracts;

    @Inject
    public ContractsResource(ServedContracts contracts) {
        this.contracts = contracts;
    }

    @GET
    @Path("/{file}")
    public Response contract(@PathParam("file") String file, @Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceAll("/+$", "");
        return DocsResource.ok(contracts.file(file, base).orElseThrow(NotFoundException::new));
    }
}
