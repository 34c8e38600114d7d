package fi.kuntadigi.analytics.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetVsActualTest {

    static List<CostLine> seed() {
        List<CostLine> lines = new ArrayList<>(List.of(
                new CostLine("application_2019", "budget", "personnel", null, 12_000_000),
                new CostLine("application_2019", "budget", "purchased_services", null, 2_000_000),
                new CostLine("application_2019", "budget", "travel", null, 500_000),
                new CostLine("application_2019", "budget", "rents", null, 500_000),
                new CostLine("application_2019", "budget", "other_operating", null, 500_000)));
        lines.addAll(ConsistencyChecksTest.REPORT);
        return lines;
    }

    @Test
    void totalsAreTheSeedFigures() {
        BudgetVsActual.Line total = BudgetVsActual.compute(seed()).stream().filter(l -> l.category().equals("total"))
                .findFirst().orElseThrow();
        assertEquals(15_500_000, total.budgetCents());
        assertEquals(12_497_000, total.actualCents());
        assertEquals(-3_003_000, total.varianceCents());
    }

    @Test
    void personnelVarianceIsWorkedOutByHand() {
        BudgetVsActual.Line p = BudgetVsActual.compute(seed()).get(0);
        assertEquals(-4_764_700, p.varianceCents());
        assertEquals(-39.7058, p.variancePct(), 1e-4);
    }

    @Test
    void unbudgetedCategoryHasNoVariancePercent() {
        BudgetVsActual.Line equipment = BudgetVsActual.compute(seed()).stream()
                .filter(l -> l.category().equals("equipment")).findFirst().orElseThrow();
        assertEquals(49_900, equipment.varianceCents());
        assertNull(equipment.variancePct());
    }

    @Test
    void unbudgetedCategoryHasNoUtilisation() {
        // equipment: 0 budgeted in the application, 499 € spent: actual / budget is undefined, not 0 %
        BudgetVsActual.Line equipment = BudgetVsActual.compute(seed()).stream()
                .filter(l -> l.category().equals("equipment")).findFirst().orElseThrow();
        assertNull(equipment.utilisationPct());
    }

    @Test
    void personnelUtilisationIsWorkedOutByHand() {
        // 7 235 300 c spent of 12 000 000 c budgeted = 60,294 %
        assertEquals(60.294166, BudgetVsActual.compute(seed()).get(0).utilisationPct(), 1e-6);
    }
}
