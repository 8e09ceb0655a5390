package org.reportschedules.pay;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.reportschedules.contract.ContractFile;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The stub reads date-times with its own grammar (it needs the parts); the contract states the grammar as the
 * DateTime pattern. Both must accept exactly the same texts: every sample below, and every sample with one
 * character dropped, doubled or replaced, is accepted by both or by neither.
 */
class PayDateTimesContractTest {

    private static final List<String> SAMPLES = List.of("20221118T150630Z", "2022-11-18T15:06:30Z", "2022-08-06T23-59-59Z",
            "2022-11-18T15:06:30.123Z", "2022-11-18T15:06:30,5+01:00", "20221118T150630+0530", "2022-11-18T15:06:30-08",
            "2022-11-18 15:06:30Z", "2022-11-18T15:06Z", "tomorrow", "");
    private static final String REPLACEMENTS = "0T:-.,Z+ x";

    @Test
    void theStubAndTheContractAcceptTheSameDateTimes() {
        Pattern contract = Pattern.compile(ContractFile.load(ContractFile.AMAZON_PAY).texts("/components/schemas/DateTime").get("pattern"));
        for (String text : corpus()) {
            assertEquals(contract.matcher(text).matches(), PayDateTimes.ACCEPTED.matcher(text).matches(),
                    () -> "'" + text + "': contract vs PayDateTimes");
        }
    }

    private static List<String> corpus() {
        List<String> corpus = new ArrayList<>();
        for (String sample : SAMPLES) {
            corpus.add(sample);
            for (int i = 0; i < sample.length(); i++) {
                corpus.add(sample.substring(0, i) + sample.substring(i + 1));
                corpus.add(sample.substring(0, i + 1) + sample.substring(i));
                for (char c : REPLACEMENTS.toCharArray()) {
                    corpus.add(sample.substring(0, i) + c + sample.substring(i + 1));
                }
            }
        }
        return corpus;
    }
}
