package org.reportschedules.pay;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.reportschedules.contract.ContractFile;

/**
 * The values the Amazon Pay contract allows, read from amazon-pay-reports.yaml so that the rules and the
 * contract cannot disagree: the report types, the ones that cannot be scheduled ({@code x-not-schedulable}
 * on ReportType; the docs say the multi-currency report "does not support schedule creation"), the
 * schedule frequencies, and the page sizes of Get Reports.
 */
public record PayContractValues(Set<String> reportTypes, Set<String> notSchedulable, List<String> frequencies, PageSizes pageSizes) {

    private static final String REPORT_TYPE = "/components/schemas/ReportType";
    private static final String PAGE_SIZE = "/components/parameters/PageSize/schema";

    /** Get Reports' pageSize: the smallest, the largest, and the one used when none is given. */
    public record PageSizes(int min, int max, int byDefault) {

        public PageSizes {
            if (min < 1 || max < min || byDefault < min || byDefault > max) {
                throw new IllegalArgumentException("Page sizes " + min + ".." + max + ", default " + byDefault);
            }
        }

        public boolean allows(int size) {
            return size >= min && size <= max;
        }
    }

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
        Map<String, String> pageSize = contract.texts(PAGE_SIZE);
        return new PayContractValues(
                Set.copyOf(contract.strings(REPORT_TYPE + "/enum")),
                Set.copyOf(contract.strings(REPORT_TYPE + "/x-not-schedulable")),
                contract.strings("/components/schemas/ScheduleFrequency/enum"),
                new PageSizes(number(pageSize, "minimum"), number(pageSize, "maximum"), number(pageSize, "default")));
    }

    private static int number(Map<String, String> schema, String key) {
        String value = schema.get(key);
        if (value == null) {
            throw new IllegalStateException(ContractFile.AMAZON_PAY + " has no " + key + " at " + PAGE_SIZE);
        }
        return Integer.parseInt(value);
    }
}
