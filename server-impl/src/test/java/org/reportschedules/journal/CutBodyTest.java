package org.reportschedules.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CutBodyTest {

    /** The text kept is what a replacing UTF-8 decoder reads, for any bytes: cut characters, no UTF-8 at all. */
    @Test
    void keptTextIsWhatAReplacingDecoderReads() throws CharacterCodingException {
        Random random = new Random(20261207);
        for (int i = 0; i < 50_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            if (random.nextBoolean()) { // mostly text, as bodies are, with now and then a stray byte
                byte[] text = ("{\"reportType\":\"é€😀\"," + i + "}").getBytes(StandardCharsets.UTF_8);
                System.arraycopy(text, 0, bytes, 0, Math.min(text.length, bytes.length));
            }
            int used = random.nextInt(bytes.length + 1);
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes, 0, used)).toString();
            assertEquals(decoded, CutBody.of(bytes, used, bytes.length + 1L).text());
        }
    }
}
