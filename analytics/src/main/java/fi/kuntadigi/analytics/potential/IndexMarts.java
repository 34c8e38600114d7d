package fi.kuntadigi.analytics.potential;

import fi.kuntadigi.analytics.run.MartRow;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.index.sensitivity.RankSensitivity;
import java.util.ArrayList;
import java.util.List;

/**
 * The marts that publish how the potential index was computed and how sure its ranks are: its method
 * settings ({@code potential_method}, read back by the dashboard's what-if) and the Sobol sensitivity of the
 * ranks ({@code potential_sensitivity}).
 */
final class IndexMarts {

    private IndexMarts() {
    }

    /** One row per setting of the method file. */
    static MartTable method(PotentialIndex index) {
        List<MartRow> rows = new ArrayList<>();
        index.settings().forEach((setting, value) -> rows.add(MartRow.of(Marts.POTENTIAL_METHOD)
                .set("setting", setting)
                .set("value", value)));
        return MartTable.of(Marts.POTENTIAL_METHOD, rows);
    }

    /** One row per output (a service's rank, the mean rank shift) and assumption. */
    static MartTable sensitivity(PotentialIndex index, List<IndexUnit> units, List<RankSensitivity.Row> sobol) {
        int[] samples = index.sensitivitySamples();
        List<MartRow> rows = new ArrayList<>();
        for (RankSensitivity.Row r : sobol) {
            boolean shift = r.output().equals(RankSensitivity.MEAN_RANK_SHIFT);
            IndexUnit unit = shift ? null : units.get(Integer.parseInt(r.output()));
            int dot = r.factor().indexOf('.');
            rows.add(MartRow.of(Marts.POTENTIAL_SENSITIVITY)
                    .set("output", shift ? RankSensitivity.MEAN_RANK_SHIFT : "rank")
                    .set("municipality_code", shift ? null : unit.municipalityCode())
                    .set("service_code", shift ? null : unit.serviceCode())
                    .set("factor", r.factor())
                    .set("factor_kind", dot < 0 ? r.factor() : r.factor().substring(0, dot))
                    .set("factor_code", dot < 0 ? null : r.factor().substring(dot + 1))
                    .set("first_order", finite(r.first()))
                    .set("first_order_low", finite(r.firstLow()))
                    .set("first_order_high", finite(r.firstHigh()))
                    .set("total_effect", finite(r.total()))
                    .set("total_effect_low", finite(r.totalLow()))
                    .set("total_effect_high", finite(r.totalHigh()))
                    .set("samples", samples[0])
                    .set("bootstrap", samples[1]));
        }
        return MartTable.of(Marts.POTENTIAL_SENSITIVITY, rows);
    }

    /** An index of an output that never varies is 0 (the engine gives 0 for a zero variance already). */
    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
