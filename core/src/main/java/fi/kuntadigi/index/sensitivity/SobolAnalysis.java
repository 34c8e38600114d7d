package fi.kuntadigi.index.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Variance-based sensitivity analysis (Saltelli et al. 2010, "Variance based sensitivity analysis of model
 * output. Design and estimator for the total sensitivity index", Comput. Phys. Commun. 181): a Sobol
 * quasi-random sample of 2k dimensions gives the matrices A and B; each A_B^(i) is A with column i from B.
 * With f evaluated at the N (k + 2) points, the first-order index is Saltelli's 2010 estimator
 * {@code mean(f(B) (f(A_B^i) - f(A))) / V} and the total index Jansen's (1999)
 * {@code mean((f(A) - f(A_B^i))^2) / 2V}, V the variance of f over A and B together. Confidence intervals
 * are the 2.5 and 97.5 percentiles of the estimators over bootstrap resamples of the N rows.
 */
public final class SobolAnalysis {

    private SobolAnalysis() {
    }

    /**
     * The indices of each output of {@code model}, a function of k factors uniform on [0, 1) returning
     * m outputs.
     *
     * @param factors   k
     * @param samples   N, the base sample size
     * @param bootstrap resamples for the confidence intervals (0: intervals equal the estimates)
     * @param seed      seed of the bootstrap
     */
    public static List<SobolIndices> analyse(int factors, int samples, int bootstrap, long seed,
                                             Function<double[], double[]> model) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * factors);
        sobol.skipTo(1);
        double[][] points = new double[samples][];
        for (int j = 0; j < samples; j++) {
            points[j] = sobol.nextVector();
        }
        double[][] fa = new double[samples][];
        double[][] fb = new double[samples][];
        double[][][] fab = new double[factors][samples][];
        // the N (k + 2) evaluations are independent: in parallel, each into its own slot
        IntStream.range(0, samples * (factors + 2)).parallel().forEach(e -> {
            int j = e / (factors + 2);
            int which = e % (factors + 2);
            double[] a = Arrays.copyOfRange(points[j], 0, factors);
            double[] b = Arrays.copyOfRange(points[j], factors, 2 * factors);
            if (which == factors) {
                fa[j] = model.apply(a);
            } else if (which == factors + 1) {
                fb[j] = model.apply(b);
            } else {
                a[which] = b[which];
                fab[which][j] = model.apply(a);
            }
        });
        int outputs = fa[0].length;
        List<SobolIndices> out = new ArrayList<>();
        int[] all = new int[samples];
        for (int j = 0; j < samples; j++) {
            all[j] = j;
        }
        Random random = new Random(seed);
        int[][] resamples = new int[bootstrap][samples];
        for (int r = 0; r < bootstrap; r++) {
            for (int j = 0; j < samples; j++) {
                resamples[r][j] = random.nextInt(samples);
            }
        }
        for (int o = 0; o < outputs; o++) {
            double[] ya = column(fa, o);
            double[] yb = column(fb, o);
            double[][] yab = new double[factors][];
            for (int i = 0; i < factors; i++) {
                yab[i] = column(fab[i], o);
            }
            double[][] point = estimate(ya, yb, yab, all);
            double[][] firstBoot = new double[factors][bootstrap];
            double[][] totalBoot = new double[factors][bootstrap];
            for (int r = 0; r < bootstrap; r++) {
                double[][] e = estimate(ya, yb, yab, resamples[r]);
                for (int i = 0; i < factors; i++) {
                    firstBoot[i][r] = e[0][i];
                    totalBoot[i][r] = e[1][i];
                }
            }
            out.add(new SobolIndices(point[0], point[1], bounds(firstBoot, point[0], 2.5), bounds(firstBoot, point[0], 97.5),
                    bounds(totalBoot, point[1], 2.5), bounds(totalBoot, point[1], 97.5), point[2][0]));
        }
        return out;
    }

    /** {S_i}, {ST_i} and {V} over the rows {@code rows} (with repeats, for the bootstrap). */
    static double[][] estimate(double[] ya, double[] yb, double[][] yab, int[] rows) {
        int n = rows.length;
        double sum = 0;
        double sumSq = 0;
        for (int j : rows) {
            sum += ya[j] + yb[j];
            sumSq += ya[j] * ya[j] + yb[j] * yb[j];
        }
        double mean = sum / (2.0 * n);
        double variance = sumSq / (2.0 * n) - mean * mean;
        int k = yab.length;
        double[] first = new double[k];
        double[] total = new double[k];
        for (int i = 0; i < k; i++) {
            double s = 0;
            double t = 0;
            for (int j : rows) {
                s += yb[j] * (yab[i][j] - ya[j]);
                double d = ya[j] - yab[i][j];
                t += d * d;
            }
            first[i] = variance == 0 ? 0 : s / n / variance;
            total[i] = variance == 0 ? 0 : t / (2.0 * n) / variance;
        }
        return new double[][] {first, total, {variance}};
    }

    private static double[] bounds(double[][] boot, double[] point, double percentile) {
        double[] out = new double[boot.length];
        for (int i = 0; i < boot.length; i++) {
            out[i] = boot[i].length == 0 ? point[i] : new Percentile().evaluate(boot[i], percentile);
        }
        return out;
    }

    private static double[] column(double[][] rows, int o) {
        double[] out = new double[rows.length];
        for (int j = 0; j < rows.length; j++) {
            out[j] = rows[j][o];
        }
        return out;
    }
}
