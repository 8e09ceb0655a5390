package org.reportschedules.documents;

/** Thrown when a document download is refused; the documents dialect answers with its {@link DocumentError}. */
public final class DocumentRefused extends RuntimeException {

    private final transient DocumentError error;

    DocumentRefused(DocumentError error) {
        super(error.code() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public DocumentError error() {
        return error;
    }
}
