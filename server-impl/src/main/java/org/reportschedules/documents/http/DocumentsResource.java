package org.reportschedules.documents.http;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.reportschedules.documents.DocumentDownloads;
import org.reportschedules.documents.DocumentLinks;

/**
 * The download a document url leads to: GET, no signature, no headers needed, as with a pre-signed S3 url.
 * Amazon Pay reports are CSV; MWS flat files are tab-separated text.
 */
@Path(DocumentLinks.PATH)
@Singleton
public class DocumentsResource {

    private final DocumentDownloads downloads;

    @Inject
    public DocumentsResource(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GET
    @Path("/{token}")
    public Response download(@PathParam("token") String token) {
        DocumentDownloads.Document document = downloads.download(token);
        return Response.ok(document.content(), document.csv() ? "text/csv" : "text/plain").build();
    }
}
