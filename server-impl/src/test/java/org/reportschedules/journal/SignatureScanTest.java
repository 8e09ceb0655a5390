package org.reportschedules.journal;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The scan masks exactly what the expressions it replaced masked. */
class SignatureScanTest {

    private static final Pattern IN_HEADER = Pattern.compile("(?i)(\\bSignature=)[^,\\s]*");
    private static final Pattern IN_PARAMETERS = Pattern.compile("(?i)((?:^|[&?])Signature=)[^&]*");
    private static final String[] PIECES = {"Signature=", "signature=", "SIGNATURE=", "SiGnAtUrE=", "ſignature=", "Signature",
        "=", "&", "?", ",", " ", "\t", "\n", "\u000B", "\f", "\r", "a", "Z", "0", "_", "-", "/", "é", "\u0301", "\u0130",
        "AMZN-PAY-RSASSA-PSS-V2 ", "PublicKeyId=", "SignedHeaders=x;y", "xSignature=", "_Signature=", "%3D", "****"};

    @Test
    void masksAsTheExpressionsDidOnRandomText() {
        Random random = new Random(13);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String sent = text.toString();
            assertEquals(byHeaderExpression(sent), SignatureScan.inHeader(sent), sent);
            assertEquals(IN_PARAMETERS.matcher(sent).replaceAll("$1" + CredentialMasking.MASK), SignatureScan.inParameters(sent), sent);
        }
    }

    @Test
    void masksTheSignatureOfAnAmazonPayHeaderAndAnMwsBody() {
        assertEquals(Optional.of("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=K, SignedHeaders=a;b, Signature=****"),
                SignatureScan.inHeader("AMZN-PAY-RSASSA-PSS-V2 PublicKeyId=K, SignedHeaders=a;b, Signature=c2lnbmF0dXJl"));
        assertEquals("Action=ManageReportSchedule&Signature=****&SignatureMethod=HmacSHA256",
                SignatureScan.inParameters("Action=ManageReportSchedule&Signature=abc%2B%3D&SignatureMethod=HmacSHA256"));
        assertEquals(Optional.empty(), SignatureScan.inHeader("Bearer token"));
    }

    private static Optional<String> byHeaderExpression(String value) {
        Matcher signature = IN_HEADER.matcher(value);
        return signature.find() ? Optional.of(signature.replaceAll("$1" + CredentialMasking.MASK)) : Optional.empty();
    }
}
