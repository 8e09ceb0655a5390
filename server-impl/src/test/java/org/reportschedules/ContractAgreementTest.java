package org.reportschedules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;
import org.reportschedules.admin.AdminErrorCode;
import org.reportschedules.clock.StubClock;
import org.reportschedules.contract.ContractFile;
import org.reportschedules.domain.ProcessingStatus;
import org.reportschedules.mws.MwsErrorCode;
import org.reportschedules.mws.MwsSchedules;
import org.reportschedules.mws.ReportListActions;
import org.reportschedules.mws.ReportScheduleActions;
import org.reportschedules.mws.ReportsSection;
import org.reportschedules.store.InMemoryMerchantRepository;
import org.reportschedules.store.SequentialIds;
import org.reportschedules.pay.PayReasonCode;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Facts the code keeps in Java types and the contract keeps in its YAML must be the same facts: every error
 * code the stub can answer is listed in the contract with the same status, and every code the contract lists
 * is one the stub knows; the MWS actions the stub runs are the contract's actions, each with a quota.
 */
class ContractAgreementTest {

    @Test
    void payReasonCodesAreTheContracts() {
        assertSameCodes(ContractFile.AMAZON_PAY, "/components/schemas/Error/properties/reasonCode/x-reason-codes",
                PayReasonCode.values(), PayReasonCode::status);
    }

    @Test
    void processingStatusesAreTheContracts() {
        assertEquals(ContractFile.load(ContractFile.AMAZON_PAY).strings("/components/schemas/ProcessingStatus/enum"),
                Arrays.stream(ProcessingStatus.values()).map(Enum::name).toList());
    }

    @Test
    void mwsErrorCodesAreTheContracts() {
        assertSameCodes(ContractFile.MWS, "/components/schemas/MwsError/properties/Code/x-error-codes",
                MwsErrorCode.values(), MwsErrorCode::status);
    }

    @Test
    void adminErrorCodesAreTheAdminContracts() {
        assertSameCodes(ContractFile.ADMIN, "/components/schemas/Error/x-error-codes",
                AdminErrorCode.values(), AdminErrorCode::status);
    }

    @Test
    void theOutcomesAReportCanBePlannedToHaveAreTheFinalProcessingStatuses() {
        Set<String> finals = new TreeSet<>();
        EnumSet.complementOf(EnumSet.of(ProcessingStatus.IN_PROGRESS)).forEach(status -> finals.add(status.name()));
        assertEquals(finals, new TreeSet<>(ContractFile.load(ContractFile.ADMIN).strings("/components/schemas/ReportOutcome/enum")));
    }

    @Test
    void theMwsActionsAreTheContractsAndEachHasAQuota() {
        ContractFile mws = ContractFile.load(ContractFile.MWS);
        String action = "/components/schemas/MwsRequest/properties/Action";
        InMemoryMerchantRepository repository = new InMemoryMerchantRepository(new SequentialIds());
        ReportsSection actions = new ReportsSection(
                new ReportScheduleActions(repository, MwsSchedules.fromContract(), StubClock.system(), true),
                new ReportListActions(repository, StubClock.system()));

        assertEquals(new TreeSet<>(mws.strings(action + "/enum")), new TreeSet<>(actions.names()));
        assertEquals(new TreeSet<>(mws.strings(action + "/enum")), new TreeSet<>(mws.table(action + "/x-throttling").keySet()));
    }

    private static <E extends Enum<E>> void assertSameCodes(String file, String pointer, E[] codes, ToIntFunction<E> status) {
        Map<String, String> inContract = ContractFile.load(file).texts(pointer);
        Map<String, String> inCode = new LinkedHashMap<>();
        Arrays.stream(codes).forEach(code -> inCode.put(code.name(), Integer.toString(status.applyAsInt(code))));
        Set<String> names = new TreeSet<>(inContract.keySet());
        names.addAll(inCode.keySet());
        for (String name : names) {
            assertEquals(inContract.get(name), inCode.get(name),
                    name + ": status in " + file + " vs in " + codes[0].getDeclaringClass().getSimpleName() + " (null = not listed)");
        }
    }
}
