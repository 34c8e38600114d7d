package fi.kuntadigi.index.sensitivity;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import fi.kuntadigi.index.uncertainty.AssumptionSpace;
import fi.kuntadigi.index.uncertainty.IndexModel;
import fi.kuntadigi.index.uncertainty.InputModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which assumption drives the uncertainty of each unit's rank and of the mean rank shift (COINr's
 * {@code get_sensitivity(SA_type = "SA")}): Sobol indices of the ranks over the method's uncertain
 * assumptions.
 */
public final class RankSensitivity {

    /** The output naming the mean absolute rank shift over all units. */
    public static final String MEAN_RANK_SHIFT = "mean_rank_shift";

    private RankSensitivity() {
    }

    /**
     * One row per output (a unit code, or {@link #MEAN_RANK_SHIFT}) and assumption; the units are all, or the
     * method's {@code sensitivity.units} best-ranked.
     */
    public static List<Row> analyse(Framework framework, UnitData data, Method method) {
        return analyse(framework, InputModel.fixed(data), method);
    }

    /** The same over data with uncertain inputs ({@code uncertainty.input.NAME}) that {@code inputs} recomputes. */
    public static List<Row> analyse(Framework framework, InputModel inputs, Method method) {
        AssumptionSpace space = new AssumptionSpace(framework, method);
        if (space.factors().isEmpty() || method.uncertainty().sobolSamples() <= 0) {
            return List.of();
        }
        var nominal = IndexPipeline.run(framework, inputs.data(space.nominalInputs()), method);
        double[] nominalRanks = nominal.indexRanks();
        int limit = method.uncertainty().sobolUnits();
        int[] analysed = IntStream.range(0, nominalRanks.length)
                .filter(u -> limit <= 0 || nominalRanks[u] <= limit).toArray();
        IndexModel model = new IndexModel(space, inputs);
        List<SobolIndices> indices = SobolAnalysis.analyse(space.factors().size(), method.uncertainty().sobolSamples(),
                method.uncertainty().bootstrap(), method.uncertainty().seed(), point -> {
                    double[] ranks = model.ranks(point);
                    double[] out = new double[analysed.length + 1];
                    double shift = 0;
                    for (int u = 0; u < ranks.length; u++) {
                        shift += Math.abs(ranks[u] - nominalRanks[u]);
                    }
                    for (int o = 0; o < analysed.length; o++) {
                        out[o] = ranks[analysed[o]];
                    }
                    out[analysed.length] = shift / ranks.length;
                    return out;
                });
        List<Row> rows = new ArrayList<>();
        for (int o = 0; o < indices.size(); o++) {
            String output = o < analysed.length ? nominal.aggregated().units().get(analysed[o]).code() : MEAN_RANK_SHIFT;
            SobolIndices s = indices.get(o);
            for (int f = 0; f < space.factors().size(); f++) {
                rows.add(new Row(output, space.factors().get(f).key(), s.first()[f],
                        s.firstLow()[f], s.firstHigh()[f], s.total()[f], s.totalLow()[f], s.totalHigh()[f]));
            }
        }
        return rows;
    }

    /**
     * The sensitivity of one output to one assumption.
     *
     * @param output    a unit code, or {@link #MEAN_RANK_SHIFT}
     * @param factor    the assumption's key ({@link AssumptionSpace.Factor#key()}: weights, weight.CODE,
     *                  normalisation, aggregation, imputation, input.NAME)
     * @param first     first-order Sobol index
     * @param firstLow  its 95 % interval's lower end
     * @param firstHigh its upper end
     * @param total     total Sobol index
     * @param totalLow  its 95 % interval's lower end
     * @param totalHigh its upper end
     */
    public record Row(String output, String factor, double first, double firstLow, double firstHigh,
                      double total, double totalLow, double totalHigh) {
    }
}
