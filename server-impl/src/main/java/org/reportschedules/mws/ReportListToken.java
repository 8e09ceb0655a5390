package org.reportschedules.mws;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.reportschedules.domain.MerchantId;

/**
 * A GetReportList NextToken: the seller it was issued to, the listing's filter and page size, and the last
 * report of the page before. Nothing is kept on the stub's side: the token carries it all, in Base64 like the
 * live service's tokens, sealed with a digest so that a token the stub did not issue (made up, cut short,
 * edited, or from another seller) is refused rather than half read.
 *
 * @param seller   the seller the token was issued to
 * @param filter   the first request's filter, its dates resolved
 * @param maxCount the first request's MaxCount
 * @param after    where the previous page ended: the next page starts with the report listed after it
 */
record ReportListToken(MerchantId seller, ReportFilter filter, int maxCount, ReportListActions.Position after) {

    private static final byte FORMAT = 1;
    /** Not a secret: the digest tells the stub's own tokens from others, it does not keep anyone out. */
    private static final byte[] SEAL = "report-schedules stub: GetReportList NextToken".getBytes(StandardCharsets.UTF_8);
    private static final int SEAL_LENGTH = 12;
    private static final int LONGEST_TEXT = 1 << 20;

    ReportListToken {
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(after, "after");
    }

    String encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            writeText(out, seller.realm());
            writeText(out, seller.account());
            writeTexts(out, filter.reportTypes());
            out.writeByte(filter.acknowledged() == null ? 0 : filter.acknowledged() ? 2 : 1);
            writeInstant(out, filter.availableFrom());
            writeInstant(out, filter.availableTo());
            writeTexts(out, filter.requestIds());
            out.writeInt(maxCount);
            writeInstant(out, after.availableDate());
            writeText(out, after.reportId());
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory failed", e);
        }
        byte[] payload = bytes.toByteArray();
        byte[] sealed = Arrays.copyOf(payload, payload.length + SEAL_LENGTH);
        System.arraycopy(seal(payload), 0, sealed, payload.length, SEAL_LENGTH);
        return Base64.getEncoder().encodeToString(sealed);
    }

    /** The token a request passes, or the InvalidParameterValue refusal when the stub did not issue it to this seller. */
    static ReportListToken decode(String token, MerchantId seller) {
        ReportListToken decoded = read(token);
        if (!decoded.seller().equals(seller)) {
            throw MwsError.invalidValue("NextToken", token, "it was issued to another seller").rejection();
        }
        return decoded;
    }

    private static ReportListToken read(String token) {
        try {
            byte[] sealed = Base64.getDecoder().decode(token);
            if (sealed.length <= SEAL_LENGTH) {
                throw notIssued(token);
            }
            byte[] payload = Arrays.copyOf(sealed, sealed.length - SEAL_LENGTH);
            byte[] seal = Arrays.copyOfRange(sealed, payload.length, sealed.length);
            if (!MessageDigest.isEqual(seal, Arrays.copyOf(seal(payload), SEAL_LENGTH))) {
                throw notIssued(token);
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
            if (in.readByte() != FORMAT) {
                throw notIssued(token);
            }
            MerchantId seller = new MerchantId(readText(in), readText(in));
            List<String> types = readTexts(in);
            byte acknowledged = in.readByte();
            ReportFilter filter = new ReportFilter(types, acknowledged == 0 ? null : acknowledged == 2,
                    readInstant(in), readInstant(in), readTexts(in));
            int maxCount = in.readInt();
            return new ReportListToken(seller, filter, maxCount, new ReportListActions.Position(readInstant(in), readText(in)));
        } catch (IOException | IllegalArgumentException | DateTimeException e) {
            throw notIssued(token);
        }
    }

    private static MwsRequestRejected notIssued(String token) {
        return MwsError.invalidValue("NextToken", token, "it is not a NextToken this service issued").rejection();
    }

    private static byte[] seal(byte[] payload) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(SEAL);
            return sha256.digest(payload);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK cannot compute SHA-256", e);
        }
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > LONGEST_TEXT) {
            throw new IOException("Not a length: " + length);
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static void writeTexts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            writeText(out, text);
        }
    }

    private static List<String> readTexts(DataInputStream in) throws IOException {
        int size = in.readInt();
        if (size < 0 || size > LONGEST_TEXT) {
            throw new IOException("Not a size: " + size);
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            texts.add(readText(in));
        }
        return texts;
    }

    private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
        out.writeLong(instant.getEpochSecond());
        out.writeInt(instant.getNano());
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return Instant.ofEpochSecond(in.readLong(), in.readInt());
    }
}
