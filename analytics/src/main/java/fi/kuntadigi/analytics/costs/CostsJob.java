package fi.kuntadigi.analytics.costs;

import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.run.MartRow;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.catalog.Marts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Cost marts: budget vs actual, the funding split to the cent, and the documents' data-quality findings. */
public final class CostsJob implements MartJob {

    @Override
    public String feature() {
        return "costs";
    }

    @Override
    public Set<DatasetSchema> datasets() {
        return Set.of(Datasets.COST_LINES, Datasets.STATED_TOTALS, Datasets.FUNDING_SPLIT);
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        List<CostLine> lines = ctx.collect(Datasets.COST_LINES).stream()
                .map(r -> new CostLine(r.string("document"), r.string("kind"), r.string("category"), r.string("item"),
                        r.longValue("amount_cents")))
                .toList();
        List<StatedTotal> totals = ctx.collect(Datasets.STATED_TOTALS).stream()
                .map(r -> new StatedTotal(r.string("document"), r.string("total_id"), r.longValue("amount_cents")))
                .toList();
        List<StatedShare> split = ctx.collect(Datasets.FUNDING_SPLIT).stream()
                .map(r -> new StatedShare(r.string("municipality_code"), r.integer("population"),
                        r.longValue("stated_share_cents")))
                .sorted(Comparator.comparing(StatedShare::municipalityCode))
                .toList();
        List<MartRow> budget = new ArrayList<>();
        for (BudgetVsActual.Line l : BudgetVsActual.compute(lines)) {
            Labels.Label label = Labels.costCategory(l.category());
            budget.add(MartRow.of(Marts.COST_BUDGET_ACTUAL)
                    .set("category", l.category())
                    .set("category_name_fi", label.fi())
                    .set("category_name_en", label.en())
                    .set("category_name_sv", label.sv())
                    .set("budget_cents", l.budgetCents())
                    .set("actual_cents", l.actualCents())
                    .set("variance_cents", l.varianceCents())
                    .set("variance_pct", l.variancePct())
                    .set("utilisation_pct", l.utilisationPct()));
        }
        ReferenceData ref = ctx.reference();
        List<MartRow> shares = new ArrayList<>();
        long participants = totals.stream().filter(t -> t.totalId().equals("participants_share")).findFirst()
                .map(StatedTotal::amountCents).orElse(split.stream().mapToLong(StatedShare::statedCents).sum());
        if (!split.isEmpty()) {
            for (FundingSplit.Share s : FundingSplit.compute(participants, split)) {
                shares.add(MartRow.of(Marts.COST_FUNDING_SPLIT)
                        .set(ref.municipalityColumns(s.municipalityCode()))
                        .set("population", s.population())
                        .set("population_share", s.populationShare())
                        .set("computed_share_cents", s.computedCents())
                        .set("per_capita_rate_cents", s.perCapitaRateCents())
                        .set("per_capita_method_cents", s.perCapitaMethodCents())
                        .set("stated_share_cents", s.statedCents())
                        .set("difference_cents", s.differenceCents()));
            }
        }
        List<MartRow> findings = new ArrayList<>();
        for (Finding f : ConsistencyChecks.run(lines, totals, split)) {
            findings.add(MartRow.of(Marts.DATA_QUALITY_FINDINGS)
                    .set("finding_id", f.id())
                    .set("document", f.document())
                    .set("check_id", f.checkId())
                    .set("stated_cents", f.statedCents())
                    .set("computed_cents", f.computedCents())
                    .set("difference_cents", f.differenceCents())
                    .set("severity", f.severity())
                    .set("reason_fi", f.reasonFi())
                    .set("reason_en", f.reasonEn())
                    .set("reason_sv", f.reasonSv()));
        }
        return List.of(MartTable.of(Marts.COST_BUDGET_ACTUAL, budget),
                MartTable.of(Marts.COST_FUNDING_SPLIT, shares),
                MartTable.of(Marts.DATA_QUALITY_FINDINGS, findings));
    }
}
