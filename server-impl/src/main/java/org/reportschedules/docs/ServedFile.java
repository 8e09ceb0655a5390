package org.reportschedules.docs;

/** A file the docs serve: its bytes and the media type it is served as. */
public record ServedFile(byte[] content, String mediaType) {
}
