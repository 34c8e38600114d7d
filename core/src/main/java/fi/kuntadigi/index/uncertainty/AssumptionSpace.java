package fi.kuntadigi.index.uncertainty;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.UncertaintySettings;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The uncertain assumptions of a method as factors of the unit cube: each factor is a number in [0, 1)
 * that picks one alternative (normalisation, aggregation, imputation: the i-th of m alternatives for
 * i/m &le; u &lt; (i+1)/m) or, for the weights, seeds one draw of every weight times a factor uniform on
 * [1 - noise, 1 + noise] (as COINr's {@code get_sensitivity} perturbs weights). The same point always
 * gives the same variant, which the Sobol analysis needs.
 */
public final class AssumptionSpace {

    /** A varied assumption. */
    public enum Factor {
        WEIGHTS, NORMALISATION, AGGREGATION, IMPUTATION
    }

    private final Framework framework;
    private final Method nominal;
    private final List<Factor> factors = new ArrayList<>();

    public AssumptionSpace(Framework framework, Method nominal) {
        this.framework = IndexPipeline.weighted(framework, nominal.weights());
        this.nominal = nominal.withWeights(Map.of());
        UncertaintySettings u = nominal.uncertainty();
        if (u.weightNoise() > 0) {
            factors.add(Factor.WEIGHTS);
        }
        if (!u.normalisations().isEmpty()) {
            factors.add(Factor.NORMALISATION);
        }
        if (!u.aggregations().isEmpty()) {
            factors.add(Factor.AGGREGATION);
        }
        if (!u.imputations().isEmpty()) {
            factors.add(Factor.IMPUTATION);
        }
    }

    /** The varied assumptions, in the order of a point's coordinates. */
    public List<Factor> factors() {
        return List.copyOf(factors);
    }

    /** The method of a point of the unit cube. */
    public Method method(double[] point) {
        Method m = nominal;
        UncertaintySettings u = nominal.uncertainty();
        for (int i = 0; i < factors.size(); i++) {
            double p = point[i];
            m = switch (factors.get(i)) {
                case WEIGHTS -> m;
                case NORMALISATION -> m.withNormalise(m.normalise().withMethod(pick(u.normalisations(), p)));
                case AGGREGATION -> m.withAggregate(m.aggregate().withMethod(pick(u.aggregations(), p)));
                case IMPUTATION -> m.withImpute(m.impute().withMethod(pick(u.imputations(), p)));
            };
        }
        return m;
    }

    /** The framework of a point: the nominal one, or with perturbed weights. */
    public Framework framework(double[] point) {
        int w = factors.indexOf(Factor.WEIGHTS);
        if (w < 0) {
            return framework;
        }
        double noise = nominal.uncertainty().weightNoise();
        SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(point[w]) ^ nominal.uncertainty().seed());
        return framework.reweighted(n -> perturbed(n, random, noise));
    }

    private Node perturbed(Node n, SplittableRandom random, double noise) {
        return n.withWeight(n.weight() * (1 - noise + 2 * noise * random.nextDouble()));
    }

    static <T> T pick(List<T> choices, double p) {
        int i = (int) Math.floor(p * choices.size());
        return choices.get(Math.min(Math.max(i, 0), choices.size() - 1));
    }
}
