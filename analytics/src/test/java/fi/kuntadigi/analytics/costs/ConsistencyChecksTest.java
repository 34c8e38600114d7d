package fi.kuntadigi.analytics.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistencyChecksTest {

    static final List<CostLine> REPORT = List.of(
            new CostLine("final_report_2021", "actual", "personnel", null, 7_235_300),
            new CostLine("final_report_2021", "actual", "purchased_services", null, 5_162_400),
            new CostLine("final_report_2021", "actual", "purchased_services", "office_and_expert_services", 3_916_100),
            new CostLine("final_report_2021", "actual", "purchased_services", "ict_services", 745_400),
            new CostLine("final_report_2021", "actual", "purchased_services", "internal_ict_services", 228_400),
            new CostLine("final_report_2021", "actual", "purchased_services", "printing_ads_marketing", 195_500),
            new CostLine("final_report_2021", "actual", "purchased_services", "training_and_culture_services", 68_300),
            new CostLine("final_report_2021", "actual", "purchased_services", "travel", 8_600),
            new CostLine("final_report_2021", "actual", "rents", null, 49_400),
            new CostLine("final_report_2021", "actual", "equipment", null, 49_900));

    @Test
    void purchasedServicesItemsAreOneEuroShortOfTheirTotal() {
        List<Finding> findings = ConsistencyChecks.run(REPORT, List.of(), List.of());
        assertEquals(1, findings.size());
        assertEquals(5_162_400, findings.get(0).statedCents());
        assertEquals(5_162_300, findings.get(0).computedCents());
        assertEquals(-100, findings.get(0).differenceCents());
    }

    @Test
    void fundingSplitIsSixEurosSixtyShortOfTheParticipantsShare() {
        List<Finding> findings = ConsistencyChecks.run(List.of(),
                List.of(new StatedTotal("application_2019", "participants_share", 2_325_000)),
                FundingSplitTest.APPLICATION);
        assertEquals(1, findings.size());
        assertEquals(-660, findings.get(0).differenceCents());
        assertTrue(findings.get(0).reasonFi().contains("23\u00a0243,40\u00a0€"), findings.get(0).reasonFi());
    }

    @Test
    void consistentTotalsGiveNoFinding() {
        List<Finding> findings = ConsistencyChecks.run(REPORT.stream().filter(l -> l.item() == null).toList(),
                List.of(new StatedTotal("final_report_2021", "total_costs", 12_497_000)), List.of());
        assertTrue(findings.isEmpty(), findings.toString());
    }
}
