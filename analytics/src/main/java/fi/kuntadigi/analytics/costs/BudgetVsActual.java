package fi.kuntadigi.analytics.costs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Budget (the application's category totals) against actual (the final report's category totals):
 * variance = actual - budget, variance % = variance / budget x 100, and a total row.
 */
public final class BudgetVsActual {

    /** One category (or "total"). {@code variancePct} and {@code utilisationPct} are null when nothing was budgeted. */
    public record Line(String category, long budgetCents, long actualCents) {
        public long varianceCents() {
            return actualCents - budgetCents;
        }

        public Double variancePct() {
            return budgetCents == 0 ? null : varianceCents() * 100.0 / budgetCents;
        }

        public Double utilisationPct() {
            return budgetCents == 0 ? null : actualCents * 100.0 / budgetCents;
        }
    }

    public static final String BUDGET_DOCUMENT = "application_2019";
    public static final String ACTUAL_DOCUMENT = "final_report_2021";

    private BudgetVsActual() {
    }

    public static List<Line> compute(List<CostLine> lines) {
        Map<String, long[]> byCategory = new LinkedHashMap<>();
        for (CostLine l : lines) {
            if (l.item() != null) {
                continue;
            }
            boolean budget = l.kind().equals("budget") && l.document().equals(BUDGET_DOCUMENT);
            boolean actual = l.kind().equals("actual") && l.document().equals(ACTUAL_DOCUMENT);
            if (budget || actual) {
                byCategory.computeIfAbsent(l.category(), k -> new long[2])[budget ? 0 : 1] += l.amountCents();
            }
        }
        List<Line> out = new ArrayList<>();
        long budget = 0;
        long actual = 0;
        for (Map.Entry<String, long[]> e : byCategory.entrySet()) {
            out.add(new Line(e.getKey(), e.getValue()[0], e.getValue()[1]));
            budget += e.getValue()[0];
            actual += e.getValue()[1];
        }
        out.add(new Line("total", budget, actual));
        return out;
    }
}
