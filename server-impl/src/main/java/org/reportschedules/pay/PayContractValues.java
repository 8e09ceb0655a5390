package org.reportschedules.pay;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.reportschedules.contract.ContractFile;

/**
 * The values the Amazon Pay contract allows, read from amazon-pay-reports.yaml so that the rules and the
 * contract cannot disagree: the report types, the ones that cannot be scheduled ({@code x-not-schedulable}
 * on ReportType; the docs say the multi-currency report "does not support schedule creation"), and the
 * schedule frequencies.
 */
public record PayContractValues(Set<String> reportTypes, Set<String> notSchedulable, List<String> frequencies) {

    private static final String REPORT_TYPE = "/components/schemas/ReportType";

    public PayContractValues {
        reportTypes = Set.copyOf(new LinkedHashSet<>(reportTypes));
        notSchedulable = Set.copyOf(notSchedulable);
        frequencies = List.copyOf(frequencies);
        if (!reportTypes.containsAll(notSchedulable)) {
            throw new IllegalArgumentException("Unschedulable report types must be report types: " + notSchedulable);
        }
    }

    public static PayContractValues fromContract() {
        ContractFile contract = ContractFile.load(ContractFile.AMAZON_PAY);
        return new PayContractValues(
                Set.copyOf(contract.strings(REPORT_TYPE + "/enum")),
                Set.copyOf(contract.strings(REPORT_TYPE + "/x-not-schedulable")),
                contract.strings("/components/schemas/ScheduleFrequency/enum"));
    }
}
