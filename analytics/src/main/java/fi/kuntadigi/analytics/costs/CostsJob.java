package fi.kuntadigi.analytics.costs;

import fi.kuntadigi.analytics.common.Rows;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.catalog.Marts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Cost marts: budget vs actual, the funding split to the cent, and the documents' data-quality findings. */
public final class CostsJob implements MartJob {

    @Override
    public String feature() {
        return "costs";
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        List<CostLine> lines = ctx.inputs().collect(Datasets.COST_LINES).stream()
                .map(r -> new CostLine(r.getAs("document"), r.getAs("kind"), r.getAs("category"), r.getAs("item"),
                        r.<Long>getAs("amount_cents")))
                .toList();
        List<StatedTotal> totals = ctx.inputs().collect(Datasets.STATED_TOTALS).stream()
                .map(r -> new StatedTotal(r.getAs("document"), r.getAs("total_id"), r.<Long>getAs("amount_cents")))
                .toList();
        List<StatedShare> split = ctx.inputs().collect(Datasets.FUNDING_SPLIT).stream()
                .map(r -> new StatedShare(r.getAs("municipality_code"), r.<Integer>getAs("population"),
                        r.<Long>getAs("stated_share_cents")))
                .sorted(Comparator.comparing(StatedShare::municipalityCode))
                .toList();
        List<Object[]> budget = new ArrayList<>();
        for (BudgetVsActual.Line l : BudgetVsActual.compute(lines)) {
            Labels.Label label = Labels.costCategory(l.category());
            budget.add(new Object[] {l.category(), label.fi(), label.en(), l.budgetCents(), l.actualCents(),
                    l.varianceCents(), l.variancePct(), l.utilisationPct()});
        }
        ReferenceData ref = ctx.reference();
        List<Object[]> shares = new ArrayList<>();
        long participants = totals.stream().filter(t -> t.totalId().equals("participants_share")).findFirst()
                .map(StatedTotal::amountCents).orElse(split.stream().mapToLong(StatedShare::statedCents).sum());
        if (!split.isEmpty()) {
            for (FundingSplit.Share s : FundingSplit.compute(participants, split)) {
                shares.add(Rows.concat(ref.municipalityColumns(s.municipalityCode()), s.population(),
                        s.populationShare(), s.computedCents(), s.perCapitaRateCents(), s.perCapitaMethodCents(),
                        s.statedCents(), s.differenceCents()));
            }
        }
        List<Object[]> findings = new ArrayList<>();
        for (Finding f : ConsistencyChecks.run(lines, totals, split)) {
            findings.add(new Object[] {f.id(), f.document(), f.checkId(), f.statedCents(), f.computedCents(),
                    f.differenceCents(), f.severity(), f.reasonFi(), f.reasonEn()});
        }
        return List.of(MartTable.of(Marts.COST_BUDGET_ACTUAL, budget),
                MartTable.of(Marts.COST_FUNDING_SPLIT, shares),
                MartTable.of(Marts.DATA_QUALITY_FINDINGS, findings));
    }
}
