package fi.kuntadigi.analytics.surveys;

import fi.kuntadigi.analytics.surveys.FeasibleRange.Fact;
import fi.kuntadigi.analytics.surveys.FeasibleRange.Interval;
import fi.kuntadigi.ingestion.testing.Duck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * Plays the attacker on published survey marts: reads only {@code survey_results} and
 * {@code survey_distribution}, writes every published figure as a linear fact about the unknown counts
 * municipality x age band x answer value (answer counts, positive counts = share x n, sums of answers =
 * mean x n and sums of squares from the mean's interval, answer-value counts, and the bounds a reason code
 * reveals), and finds by linear programming the interval each withheld count can take. A finding is a
 * withheld count (answers, positive answers, an answer value) left with fewer than k possible whole values.
 */
public final class SurveyAttacker {

    /** A withheld count and what the published marts reveal of it. */
    public record Finding(String question, String area, String band, String what, Interval interval) {
        @Override
        public String toString() {
            return "%s %s %s %s in [%.2f, %.2f]".formatted(question, area, band, what, interval.low(), interval.high());
        }
    }

    private final String results;
    private final String distribution;
    private final double z;
    private final int k;

    /** {@code results} and {@code distribution}: DuckDB table expressions of the two marts. */
    public SurveyAttacker(String results, String distribution, double z, int k) {
        this.results = results;
        this.distribution = distribution;
        this.z = z;
        this.k = k;
    }

    public static SurveyAttacker onMarts(Path marts, double z, int k) {
        return new SurveyAttacker("read_parquet('" + marts.resolve("survey_results/*.parquet") + "')",
                "read_parquet('" + marts.resolve("survey_distribution/*.parquet") + "')", z, k);
    }

    /** Every withheld count narrowed to fewer than k values. */
    public List<Finding> findings() throws Exception {
        List<Finding> out = new ArrayList<>();
        for (List<Object> q : Duck.rows("select distinct question_id, answer_type from " + results + " order by 1")) {
            out.addAll(attack((String) q.get(0), "yes_no".equals(q.get(1))));
        }
        return out;
    }

    private List<Finding> attack(String question, boolean yesNo) throws Exception {
        List<List<Object>> rows = Duck.rows("select area_code, age_band, answers, positive_share, mean, mean_ci_high, "
                + "suppression_reason from " + results + " where question_id = '" + question + "'");
        List<List<Object>> dist = Duck.rows("select area_code, answer, count from " + distribution
                + " where question_id = '" + question + "'");
        TreeSet<String> munis = new TreeSet<>();
        TreeSet<String> bands = new TreeSet<>();
        rows.forEach(r -> {
            if (!"REGION".equals(r.get(0))) {
                munis.add((String) r.get(0));
            }
            if (!"all".equals(r.get(1))) {
                bands.add((String) r.get(1));
            }
        });
        List<Integer> values = yesNo ? List.of(0, 1) : List.of(1, 2, 3, 4, 5);
        Table t = new Table(List.copyOf(munis), List.copyOf(bands), values);
        List<Fact> facts = new ArrayList<>();
        Map<String, int[]> targets = new TreeMap<>();
        for (List<Object> r : rows) {
            String area = (String) r.get(0);
            String band = (String) r.get(1);
            int[] cell = t.cell(area, band, v -> true);
            int[] positive = t.cell(area, band, v -> yesNo ? v == 1 : v >= 4);
            Long n = (Long) r.get(2);
            String reason = (String) r.get(6);
            if (n != null) {
                facts.add(Fact.sum(boxed(cell), n));
            } else {
                targets.put(area + " " + band + " answers", cell);
            }
            if ("small_group".equals(reason)) {
                facts.add(Fact.between(boxed(cell), 0, (long) k - 1));
            } else if ("complementary".equals(reason)) {
                facts.add(Fact.between(boxed(cell), k, null));
            }
            if (n != null && r.get(3) != null) {
                facts.add(Fact.sum(boxed(positive), Math.round((Double) r.get(3) * n)));
            } else {
                targets.put(area + " " + band + " positive", positive);
            }
            if (n != null && r.get(4) != null) {
                double mean = (Double) r.get(4);
                facts.add(Fact.weighted(cell, t.weights(cell, 1), Math.round(mean * n)));
                if (r.get(5) != null && n > 1) {
                    double sd = ((Double) r.get(5) - mean) * Math.sqrt(n) / z;
                    facts.add(Fact.weighted(cell, t.weights(cell, 2), Math.round((n - 1) * sd * sd + n * mean * mean)));
                }
            }
        }
        for (List<Object> d : dist) {
            String area = (String) d.get(0);
            int value = (Integer) d.get(1);
            int[] cell = t.cell(area, "all", v -> v == value);
            if (d.get(2) != null) {
                facts.add(Fact.sum(boxed(cell), (Long) d.get(2)));
            } else {
                targets.put(area + " all answer=" + value, cell);
            }
        }
        FeasibleRange range = new FeasibleRange(t.size(), facts);
        List<Finding> out = new ArrayList<>();
        targets.forEach((name, cell) -> {
            Interval i = range.of(cell);
            if (i.narrowerThan(k)) {
                String[] p = name.split(" ", 3);
                out.add(new Finding(question, p[0], p[1], p[2], i));
            }
        });
        return out;
    }

    private static List<Integer> boxed(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int i : a) {
            out.add(i);
        }
        return out;
    }

    /** Unknown counts x[municipality][band][value]; REGION and "all" are sums. */
    private record Table(List<String> munis, List<String> bands, List<Integer> values) {
        int size() {
            return munis.size() * bands.size() * values.size();
        }

        int[] cell(String area, String band, IntPredicate value) {
            List<Integer> out = new ArrayList<>();
            for (int m = 0; m < munis.size(); m++) {
                for (int b = 0; b < bands.size(); b++) {
                    for (int v = 0; v < values.size(); v++) {
                        if ((area.equals("REGION") || munis.get(m).equals(area))
                                && (band.equals("all") || bands.get(b).equals(band)) && value.test(values.get(v))) {
                            out.add((m * bands.size() + b) * values.size() + v);
                        }
                    }
                }
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The answer value (power 1) or its square (power 2) of each unknown. */
        double[] weights(int[] cell, int power) {
            double[] w = new double[cell.length];
            for (int i = 0; i < cell.length; i++) {
                w[i] = Math.pow(values.get(cell[i] % values.size()), power);
            }
            return w;
        }
    }

    /** Prints the findings on a warehouse's marts folder: {@code SurveyAttacker <marts dir>}. */
    public static void main(String[] args) throws Exception {
        List<Finding> f = onMarts(Path.of(args[0]), 1.959964, 5).findings();
        f.forEach(System.out::println);
        System.out.println(f.size() + " findings");
    }
}
