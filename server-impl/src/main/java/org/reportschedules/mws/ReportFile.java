package org.reportschedules.mws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

/**
 * GetReport's answer: the report itself, a flat file, rather than an XML document. Its text is all ASCII
 * (ids, dates, amounts, codes), so its bytes are the same in UTF-8 and in the Latin-1 of Amazon's US files.
 *
 * @param reportId the report it is
 * @param text     the flat file: a header row and records, CRLF line ends
 */
public record ReportFile(String reportId, String text) {

    public ReportFile {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(text, "text");
    }

    /** The body's bytes, exactly as sent. */
    public byte[] bytes() {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The Content-MD5 header of the answer: Base64 of the MD5 digest of {@link #bytes()}, which clients compute
     * again to detect a body corrupted in transit (Amazon's GetReport page).
     */
    public String contentMd5() {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes()));
        } catch (NoSuchAlgorithmException e) {
            // Every JDK ships MD5, so this is a broken runtime, not a bad request.
            throw new IllegalStateException("The JDK cannot compute MD5", e);
        }
    }
}
