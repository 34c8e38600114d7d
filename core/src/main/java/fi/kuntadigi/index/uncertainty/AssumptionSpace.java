package fi.kuntadigi.index.uncertainty;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.UncertaintySettings;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The uncertain assumptions of a method as factors of the unit cube: each factor is a number in [0, 1)
 * that picks one alternative (normalisation, aggregation, imputation: the i-th of m alternatives for
 * i/m &le; u &lt; (i+1)/m), scales one weight or one uncertain input by 1 - s + 2 s u (uniform on
 * [1 - s, 1 + s]), or, for all weights together, seeds one draw of every weight times such a factor (as
 * COINr's {@code get_sensitivity} perturbs weights). The same point always gives the same variant, which
 * the Sobol analysis needs.
 */
public final class AssumptionSpace {

    /** What a factor varies. */
    public enum Kind {
        WEIGHTS, WEIGHT, NORMALISATION, AGGREGATION, IMPUTATION, INPUT
    }

    /**
     * A varied assumption.
     *
     * @param kind what it varies
     * @param code the iCode of a {@link Kind#WEIGHT}, the name of an {@link Kind#INPUT}; null otherwise
     */
    public record Factor(Kind kind, String code) {

        /** The factor's key in outputs: weights, weight.CODE, normalisation, aggregation, imputation, input.NAME. */
        public String key() {
            String name = kind.name().toLowerCase(Locale.ROOT);
            return code == null ? name : name + "." + code;
        }
    }

    private final Framework framework;
    private final Method nominal;
    private final List<Factor> factors = new ArrayList<>();

    public AssumptionSpace(Framework framework, Method nominal) {
        this.framework = IndexPipeline.weighted(framework, nominal.weights());
        this.nominal = nominal.withWeights(Map.of());
        UncertaintySettings u = nominal.uncertainty();
        if (u.weightNoise() > 0 && u.weightsEach()) {
            for (Node n : this.framework.hierarchy()) {
                if (n.parent() != null) {
                    factors.add(new Factor(Kind.WEIGHT, n.code()));
                }
            }
        } else if (u.weightNoise() > 0) {
            factors.add(new Factor(Kind.WEIGHTS, null));
        }
        if (!u.normalisations().isEmpty()) {
            factors.add(new Factor(Kind.NORMALISATION, null));
        }
        if (!u.aggregations().isEmpty()) {
            factors.add(new Factor(Kind.AGGREGATION, null));
        }
        if (!u.imputations().isEmpty()) {
            factors.add(new Factor(Kind.IMPUTATION, null));
        }
        u.inputs().forEach((name, spread) -> {
            if (spread > 0) {
                factors.add(new Factor(Kind.INPUT, name));
            }
        });
    }

    /** The varied assumptions, in the order of a point's coordinates. */
    public List<Factor> factors() {
        return List.copyOf(factors);
    }

    /** True when an uncertain input varies (the data then differs from point to point). */
    public boolean variesInputs() {
        return factors.stream().anyMatch(f -> f.kind() == Kind.INPUT);
    }

    /** The method of a point of the unit cube. */
    public Method method(double[] point) {
        Method m = nominal;
        UncertaintySettings u = nominal.uncertainty();
        for (int i = 0; i < factors.size(); i++) {
            double p = point[i];
            m = switch (factors.get(i).kind()) {
                case WEIGHTS, WEIGHT, INPUT -> m;
                case NORMALISATION -> m.withNormalise(m.normalise().withMethod(pick(u.normalisations(), p)));
                case AGGREGATION -> m.withAggregate(m.aggregate().withMethod(pick(u.aggregations(), p)));
                case IMPUTATION -> m.withImpute(m.impute().withMethod(pick(u.imputations(), p)));
            };
        }
        return m;
    }

    /** The framework of a point: the nominal one, or with perturbed weights. */
    public Framework framework(double[] point) {
        double noise = nominal.uncertainty().weightNoise();
        int all = factors.indexOf(new Factor(Kind.WEIGHTS, null));
        if (all >= 0) {
            SplittableRandom random = new SplittableRandom(Double.doubleToLongBits(point[all]) ^ nominal.uncertainty().seed());
            return framework.reweighted(n -> n.withWeight(n.weight() * scale(noise, random.nextDouble())));
        }
        Map<String, Double> each = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            if (factors.get(i).kind() == Kind.WEIGHT) {
                each.put(factors.get(i).code(), scale(noise, point[i]));
            }
        }
        return each.isEmpty() ? framework
                : framework.reweighted(n -> n.withWeight(n.weight() * each.getOrDefault(n.code(), 1.0)));
    }

    /** Every uncertain input at 1: the data as measured. */
    public Map<String, Double> nominalInputs() {
        Map<String, Double> out = new LinkedHashMap<>();
        nominal.uncertainty().inputs().keySet().forEach(name -> out.put(name, 1.0));
        return out;
    }

    /** The multiplier of every uncertain input at a point (1 for inputs held fixed). */
    public Map<String, Double> inputs(double[] point) {
        Map<String, Double> out = nominalInputs();
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            if (f.kind() == Kind.INPUT) {
                out.put(f.code(), scale(nominal.uncertainty().inputs().get(f.code()), point[i]));
            }
        }
        return out;
    }

    /** A factor uniform on [1 - spread, 1 + spread] from u uniform on [0, 1). */
    static double scale(double spread, double u) {
        return 1 - spread + 2 * spread * u;
    }

    static <T> T pick(List<T> choices, double p) {
        int i = (int) Math.floor(p * choices.size());
        return choices.get(Math.min(Math.max(i, 0), choices.size() - 1));
    }
}
