package fi.kuntadigi.analytics.surveys;

import java.util.Collection;
import java.util.List;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * What an attacker can deduce about a sum of unknown non-negative counts from published sums: the smallest
 * and largest value the sum can take under every published relation, found by linear programming (ojAlgo).
 * This is the audit of secondary cell suppression (Hundepool et al. 2012, ch. 5): a withheld count is
 * protected when its feasibility interval still holds at least the threshold's worth of whole numbers.
 */
public final class FeasibleRange {

    static {
        // ojAlgo prints a note about hardware profiles on first use unless told not to
        if (System.getProperty("shut.up.ojAlgo") == null) {
            System.setProperty("shut.up.ojAlgo", "true");
        }
    }

    /**
     * A published fact: {@code low <= sum of weight x unknown <= high} ({@code high} null: no upper limit;
     * {@code weights} null: every weight 1).
     */
    public record Fact(int[] unknowns, double[] weights, double low, Double high) {
        public static Fact sum(Collection<Integer> unknowns, long value) {
            return new Fact(array(unknowns), null, value, (double) value);
        }

        public static Fact between(Collection<Integer> unknowns, long low, Long high) {
            return new Fact(array(unknowns), null, low, high == null ? null : high.doubleValue());
        }

        /** {@code sum of weights[i] x unknowns[i] = value}, e.g. the sum of the answers behind a mean. */
        public static Fact weighted(int[] unknowns, double[] weights, double value) {
            return new Fact(unknowns, weights, value, value);
        }

        private static int[] array(Collection<Integer> unknowns) {
            return unknowns.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The interval [low, high] a sum can take; {@code high} is infinite when nothing bounds it. */
    public record Interval(double low, double high) {
        /** Whole numbers in the interval (with a tolerance for the solver's rounding). */
        public double possibleValues() {
            return Double.isInfinite(high) ? Double.POSITIVE_INFINITY
                    : Math.floor(high + 1e-6) - Math.ceil(low - 1e-6) + 1;
        }

        /** True when fewer than {@code k} whole numbers remain possible. */
        public boolean narrowerThan(int k) {
            return possibleValues() < k;
        }
    }

    private final int unknowns;
    private final List<Fact> facts;

    public FeasibleRange(int unknowns, List<Fact> facts) {
        this.unknowns = unknowns;
        this.facts = List.copyOf(facts);
    }

    /** Smallest and largest value of the sum of {@code target} over every solution of the facts. */
    public Interval of(int[] target) {
        return new Interval(value(model(target).minimise()), value(model(target).maximise()));
    }

    /** A fresh model per solve: ojAlgo's presolve changes a model it has solved. */
    private ExpressionsBasedModel model(int[] target) {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] x = new Variable[unknowns];
        for (int i = 0; i < unknowns; i++) {
            x[i] = model.addVariable("x" + i).lower(0);
        }
        int n = 0;
        for (Fact f : facts) {
            Expression e = model.addExpression("f" + n++).lower(f.low());
            if (f.high() != null) {
                e.upper(f.high());
            }
            for (int j = 0; j < f.unknowns().length; j++) {
                e.set(x[f.unknowns()[j]], f.weights() == null ? 1 : f.weights()[j]);
            }
        }
        for (int i : target) {
            x[i].weight(1);
        }
        return model;
    }

    private static double value(Optimisation.Result r) {
        if (r.getState() == Optimisation.State.UNBOUNDED) {
            return Double.POSITIVE_INFINITY;
        }
        if (!r.getState().isFeasible()) {
            throw new IllegalStateException("the published survey figures contradict each other: " + r.getState());
        }
        return r.getValue();
    }
}
