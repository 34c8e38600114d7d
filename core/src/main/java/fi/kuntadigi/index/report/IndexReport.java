package fi.kuntadigi.index.report;

import fi.kuntadigi.index.audit.AuditReport;
import fi.kuntadigi.index.audit.Availability;
import fi.kuntadigi.index.audit.Correlation;
import fi.kuntadigi.index.audit.Reliability;
import fi.kuntadigi.index.audit.RemovalEffect;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.Unit;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.pipeline.IndexResult;
import fi.kuntadigi.index.sensitivity.RankSensitivity;
import fi.kuntadigi.index.treat.Treatment;
import fi.kuntadigi.index.uncertainty.UnitUncertainty;
import java.util.ArrayList;
import java.util.List;

/**
 * The output tables of an index run: every stage of every value in long form, the ranks, the imputation
 * and treatment logs, the audit, and (when the method asks) the uncertainty and sensitivity analyses.
 */
public final class IndexReport {

    /** The stages, in order, as named in the {@code stage} column. */
    public static final List<String> STAGES = List.of("denominated", "imputed", "treated", "normalised", "aggregated");

    private IndexReport() {
    }

    /** All tables of a run; {@code uncertainty} and {@code sensitivity} may be empty. */
    public static List<ReportTable> tables(IndexResult result, AuditReport audit, List<UnitUncertainty> uncertainty,
                                           List<RankSensitivity.Row> sensitivity) {
        List<ReportTable> out = new ArrayList<>(List.of(stages(result), ranks(result), imputation(result),
                treatment(result.treatments()), availability(audit.availability()), correlations(audit.correlations()),
                reliability(audit.reliability()), removals(audit.removals())));
        if (!uncertainty.isEmpty()) {
            out.add(uncertainty(uncertainty));
        }
        if (!sensitivity.isEmpty()) {
            out.add(sensitivity(sensitivity));
        }
        return out;
    }

    /** stage, unit_code, code, value: every value of every stage. */
    public static ReportTable stages(IndexResult r) {
        ReportTable t = ReportTable.of("stages", List.of("stage", "unit_code", "code", "value"), List.of("value"));
        addStage(t, "denominated", r.denominated());
        addStage(t, "imputed", r.imputed().data());
        addStage(t, "treated", r.treated());
        addStage(t, "normalised", r.normalised());
        UnitData aggregated = r.aggregated();
        List<String> aggregates = r.framework().hierarchy().stream().filter(n -> n.level() > 1).map(Node::code).toList();
        addStage(t, "aggregated", aggregated.select(aggregates));
        return t;
    }

    private static void addStage(ReportTable t, String stage, UnitData data) {
        for (String code : data.columnNames()) {
            for (int u = 0; u < data.size(); u++) {
                t.row().set("stage", stage).set("unit_code", data.units().get(u).code()).set("code", code)
                        .set("value", data.value(code, u)).add();
            }
        }
    }

    /** unit_code, unit_name, then for the index and every aggregate its score and rank. */
    public static ReportTable ranks(IndexResult r) {
        ReportTable t = ReportTable.of("ranks", List.of("unit_code", "unit_name", "code", "score", "rank"), List.of("score", "rank"));
        for (Node n : r.framework().hierarchy()) {
            if (n.level() == 1) {
                continue;
            }
            double[] scores = r.aggregated().column(n.code());
            double[] ranks = r.ranks(n.code());
            for (int u = 0; u < scores.length; u++) {
                Unit unit = r.aggregated().units().get(u);
                t.row().set("unit_code", unit.code()).set("unit_name", unit.name()).set("code", n.code())
                        .set("score", scores[u]).set("rank", ranks[u]).add();
            }
        }
        return t;
    }

    /** Per unit of the data: the share of indicators missing, the share imputed, and whether it was screened out. */
    public static ReportTable imputation(IndexResult r) {
        ReportTable t = ReportTable.of("imputation", List.of("unit_code", "unit_name", "missing_share", "imputed_share", "status"),
                List.of("missing_share", "imputed_share"));
        for (Unit unit : r.denominated().units()) {
            int kept = r.imputed().data().indexOf(unit.code());
            t.row().set("unit_code", unit.code()).set("unit_name", unit.name())
                    .set("missing_share", r.missingShare().get(unit.code()))
                    .set("imputed_share", kept < 0 ? Double.NaN : r.imputed().shareImputed(kept))
                    .set("status", kept < 0 ? "screened_out" : "kept").add();
        }
        return t;
    }

    /** The treatment log. */
    public static ReportTable treatment(List<Treatment> log) {
        ReportTable t = ReportTable.of("treatment", List.of("code", "skew_before", "kurtosis_before", "action",
                "winsorised_high", "winsorised_low", "skew_after", "kurtosis_after", "passes"),
                List.of("skew_before", "kurtosis_before", "winsorised_high", "winsorised_low", "skew_after", "kurtosis_after"));
        for (Treatment e : log) {
            t.row().set("code", e.code()).set("skew_before", e.skewBefore()).set("kurtosis_before", e.kurtBefore())
                    .set("action", e.action()).set("winsorised_high", e.winsorisedHigh()).set("winsorised_low", e.winsorisedLow())
                    .set("skew_after", e.skewAfter()).set("kurtosis_after", e.kurtAfter())
                    .set("passes", String.valueOf(e.passes())).add();
        }
        return t;
    }

    static ReportTable availability(List<Availability> rows) {
        ReportTable t = ReportTable.of("audit_availability", List.of("code", "available_share"), List.of("available_share"));
        rows.forEach(a -> t.row().set("code", a.code()).set("available_share", a.available()).add());
        return t;
    }

    static ReportTable correlations(List<Correlation> rows) {
        ReportTable t = ReportTable.of("audit_correlations", List.of("code", "other", "kind", "pearson"), List.of("pearson"));
        rows.forEach(c -> t.row().set("code", c.code()).set("other", c.other()).set("kind", c.kind()).set("pearson", c.pearson()).add());
        return t;
    }

    static ReportTable reliability(List<Reliability> rows) {
        ReportTable t = ReportTable.of("audit_cronbach", List.of("code", "children", "cronbach_alpha"), List.of("children", "cronbach_alpha"));
        rows.forEach(r -> t.row().set("code", r.code()).set("children", r.children()).set("cronbach_alpha", r.alpha()).add());
        return t;
    }

    static ReportTable removals(List<RemovalEffect> rows) {
        ReportTable t = ReportTable.of("audit_removal", List.of("code", "mean_rank_shift", "max_rank_shift"),
                List.of("mean_rank_shift", "max_rank_shift"));
        rows.forEach(r -> t.row().set("code", r.code()).set("mean_rank_shift", r.meanShift()).set("max_rank_shift", r.maxShift()).add());
        return t;
    }

    static ReportTable uncertainty(List<UnitUncertainty> rows) {
        ReportTable t = ReportTable.of("uncertainty", List.of("unit_code", "unit_name", "nominal_score", "nominal_rank",
                "median_rank", "rank_p05", "rank_p95", "mean_rank_shift"),
                List.of("nominal_score", "nominal_rank", "median_rank", "rank_p05", "rank_p95", "mean_rank_shift"));
        rows.forEach(u -> t.row().set("unit_code", u.unitCode()).set("unit_name", u.unitName())
                .set("nominal_score", u.nominalScore()).set("nominal_rank", u.nominalRank()).set("median_rank", u.medianRank())
                .set("rank_p05", u.rankLow()).set("rank_p95", u.rankHigh()).set("mean_rank_shift", u.meanShift()).add());
        return t;
    }

    static ReportTable sensitivity(List<RankSensitivity.Row> rows) {
        ReportTable t = ReportTable.of("sensitivity", List.of("output", "factor", "first_order", "first_order_low",
                "first_order_high", "total", "total_low", "total_high"),
                List.of("first_order", "first_order_low", "first_order_high", "total", "total_low", "total_high"));
        rows.forEach(s -> t.row().set("output", s.output()).set("factor", s.factor()).set("first_order", s.first())
                .set("first_order_low", s.firstLow()).set("first_order_high", s.firstHigh()).set("total", s.total())
                .set("total_low", s.totalLow()).set("total_high", s.totalHigh()).add());
        return t;
    }
}
