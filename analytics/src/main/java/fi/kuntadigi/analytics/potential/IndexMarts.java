package fi.kuntadigi.analytics.potential;

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
        List<Object[]> rows = new ArrayList<>();
        index.settings().forEach((setting, value) -> rows.add(new Object[] {setting, value}));
        return MartTable.of(Marts.POTENTIAL_METHOD, rows);
    }

    /** One row per output (a service's rank, the mean rank shift) and assumption. */
    static MartTable sensitivity(PotentialIndex index, List<IndexUnit> units, List<RankSensitivity.Row> sobol) {
        int[] samples = index.sensitivitySamples();
        List<Object[]> rows = new ArrayList<>();
        for (RankSensitivity.Row r : sobol) {
            boolean shift = r.output().equals(RankSensitivity.MEAN_RANK_SHIFT);
            IndexUnit unit = shift ? null : units.get(Integer.parseInt(r.output()));
            int dot = r.factor().indexOf('.');
            rows.add(new Object[] {shift ? RankSensitivity.MEAN_RANK_SHIFT : "rank", shift ? null : unit.municipalityCode(),
                    shift ? null : unit.serviceCode(), r.factor(), dot < 0 ? r.factor() : r.factor().substring(0, dot),
                    dot < 0 ? null : r.factor().substring(dot + 1), finite(r.first()), finite(r.firstLow()),
                    finite(r.firstHigh()), finite(r.total()), finite(r.totalLow()), finite(r.totalHigh()), samples[0],
                    samples[1]});
        }
        return MartTable.of(Marts.POTENTIAL_SENSITIVITY, rows);
    }

    /** An index of an output that never varies is 0 (the engine gives 0 for a zero variance already). */
    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
