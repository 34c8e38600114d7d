package fi.kuntadigi.index.uncertainty;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import fi.kuntadigi.index.pipeline.IndexResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Monte Carlo uncertainty analysis (JRC Handbook step 7; COINr's {@code get_sensitivity(SA_type = "UA")}):
 * the index is rebuilt for random draws of the uncertain assumptions, and each unit's rank distribution is
 * summarised by its median and 5-95 % interval. The draws come from one seeded generator in run order and
 * the runs are then computed in parallel, so the result does not depend on threads.
 */
public final class UncertaintyAnalysis {

    private UncertaintyAnalysis() {
    }

    /** The rank of every unit under each run's assumptions, [run][unit], with the nominal result. */
    public static Runs run(Framework framework, UnitData data, Method method) {
        return run(framework, InputModel.fixed(data), method);
    }

    /**
     * The same over data with uncertain inputs: the nominal result is of {@code inputs} at every multiplier
     * 1, each run's of its drawn multipliers.
     */
    public static Runs run(Framework framework, InputModel inputs, Method method) {
        AssumptionSpace space = new AssumptionSpace(framework, method);
        IndexResult nominal = IndexPipeline.run(framework, inputs.data(space.nominalInputs()), method);
        Random random = new Random(method.uncertainty().seed());
        int runs = method.uncertainty().runs();
        double[][] points = new double[runs][space.factors().size()];
        for (double[] point : points) {
            for (int i = 0; i < point.length; i++) {
                point[i] = random.nextDouble();
            }
        }
        IndexModel model = new IndexModel(space, inputs);
        double[][] ranks = new double[runs][];
        IntStream.range(0, runs).parallel().forEach(r -> ranks[r] = model.ranks(points[r]));
        return new Runs(nominal, ranks);
    }

    /** The summary of each unit's ranks over the runs. */
    public static List<UnitUncertainty> summarise(Runs runs) {
        double[] nominalRanks = runs.nominal().indexRanks();
        double[] scores = runs.nominal().index();
        List<UnitUncertainty> out = new ArrayList<>();
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        for (int u = 0; u < nominalRanks.length; u++) {
            double[] r = new double[runs.ranks().length];
            double shift = 0;
            for (int k = 0; k < r.length; k++) {
                r[k] = runs.ranks()[k][u];
                shift += Math.abs(r[k] - nominalRanks[u]);
            }
            var unit = runs.nominal().aggregated().units().get(u);
            out.add(new UnitUncertainty(unit.code(), unit.name(), scores[u], nominalRanks[u], percentile.evaluate(r, 50),
                    percentile.evaluate(r, 5), percentile.evaluate(r, 95), r.length == 0 ? 0 : shift / r.length));
        }
        return out;
    }

    /**
     * The runs of an analysis.
     *
     * @param nominal the result under the nominal method
     * @param ranks   [run][unit] the index ranks of each run
     */
    public record Runs(IndexResult nominal, double[][] ranks) {
    }
}
