package fi.kuntadigi.index.audit;

import fi.kuntadigi.index.aggregate.Aggregator;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.pipeline.Ranks;
import fi.kuntadigi.index.pipeline.IndexResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * The statistical audit of an index (JRC Handbook step 4, multivariate analysis; COINr's
 * {@code get_corr}, {@code get_cronbach}, {@code get_data_avail}, {@code remove_elements}): data
 * availability, correlations between siblings and with the parent, Cronbach's alpha per aggregate, and the
 * rank shifts caused by leaving each indicator out.
 */
public final class StatisticalAudit {

    private StatisticalAudit() {
    }

    /** The audit of {@code result}, which {@code method} computed. */
    public static AuditReport audit(IndexResult result, Method method) {
        Framework framework = result.framework();
        UnitData values = result.aggregated();
        List<Availability> availability = new ArrayList<>();
        for (Node n : framework.indicators()) {
            double[] x = result.denominated().column(n.code());
            long present = Arrays.stream(x).filter(v -> !Double.isNaN(v)).count();
            availability.add(new Availability(n.code(), (double) present / x.length));
        }
        List<Correlation> correlations = new ArrayList<>();
        List<Reliability> reliability = new ArrayList<>();
        for (Node aggregate : framework.hierarchy()) {
            List<Node> children = framework.children(aggregate.code());
            if (children.isEmpty()) {
                continue;
            }
            for (int i = 0; i < children.size(); i++) {
                String a = children.get(i).code();
                correlations.add(new Correlation(a, aggregate.code(), "parent", pearson(values.column(a), values.column(aggregate.code()))));
                for (int j = i + 1; j < children.size(); j++) {
                    String b = children.get(j).code();
                    correlations.add(new Correlation(a, b, "sibling", pearson(values.column(a), values.column(b))));
                }
            }
            reliability.add(new Reliability(aggregate.code(), children.size(),
                    cronbachAlpha(children.stream().map(c -> values.column(c.code())).toList())));
        }
        double[] nominal = result.indexRanks();
        List<RemovalEffect> removals = new ArrayList<>();
        for (Node n : framework.indicators()) {
            Framework without = framework.reweighted(x -> x.code().equals(n.code()) ? x.withWeight(0) : x);
            double[] ranks = Ranks.descending(Aggregator.apply(without, result.normalised(), method.aggregate())
                    .column(framework.index().code()));
            double sum = 0;
            double max = 0;
            for (int u = 0; u < ranks.length; u++) {
                double d = Math.abs(ranks[u] - nominal[u]);
                sum += d;
                max = Math.max(max, d);
            }
            removals.add(new RemovalEffect(n.code(), sum / ranks.length, max));
        }
        return new AuditReport(availability, correlations, reliability, removals);
    }

    /** Pearson's r over the rows where both are present; NaN when fewer than 3 or either is constant. */
    public static double pearson(double[] x, double[] y) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
                pairs.add(new double[] {x[i], y[i]});
            }
        }
        double[] a = pairs.stream().mapToDouble(p -> p[0]).toArray();
        double[] b = pairs.stream().mapToDouble(p -> p[1]).toArray();
        if (a.length < 3 || StatUtils.variance(a) == 0 || StatUtils.variance(b) == 0) {
            return Double.NaN;
        }
        return new PearsonsCorrelation().correlation(a, b);
    }

    /**
     * Cronbach's alpha, k/(k-1) (1 - Σ var(item) / var(Σ items)), over the units with every item present;
     * NaN with fewer than two items or when the total does not vary.
     */
    public static double cronbachAlpha(List<double[]> items) {
        int k = items.size();
        if (k < 2) {
            return Double.NaN;
        }
        int n = items.get(0).length;
        List<Integer> complete = new ArrayList<>();
        for (int u = 0; u < n; u++) {
            final int unit = u;
            if (items.stream().noneMatch(x -> Double.isNaN(x[unit]))) {
                complete.add(u);
            }
        }
        double itemVariance = 0;
        double[] total = new double[complete.size()];
        for (double[] x : items) {
            double[] v = complete.stream().mapToDouble(u -> x[u]).toArray();
            itemVariance += StatUtils.variance(v);
            for (int i = 0; i < v.length; i++) {
                total[i] += v[i];
            }
        }
        double totalVariance = StatUtils.variance(total);
        if (complete.size() < 2 || totalVariance == 0) {
            return Double.NaN;
        }
        return k / (k - 1.0) * (1 - itemVariance / totalVariance);
    }
}
