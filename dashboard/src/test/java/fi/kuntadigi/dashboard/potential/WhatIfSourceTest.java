package fi.kuntadigi.dashboard.potential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.warehouse.Table;
import fi.kuntadigi.index.aggregate.Aggregation;
import fi.kuntadigi.index.aggregate.Aggregator;
import fi.kuntadigi.index.aggregate.MeanFormula;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The what-if's top 25 with skipped blocks is the top 25 of a plain sort over every unit, for
 * random weights, in every selection, linear and geometric, with and without missing values;
 * and the configured weights give back the published order.
 */
class WhatIfSourceTest {

    private static final List<String> IDS = List.of("a", "b", "c", "d", "e");
    private static final double[] WEIGHTS = {0.3, 0.25, 0.2, 0.15, 0.1};

    /** The matrix with its input: values, municipality and sector of each unit in published order. */
    private record Fixture(IndicatorMatrix m, double[][] values, String[] municipality, String[] sector) {
    }

    /** 3 000 units in published order (by the configured weights), 30 municipalities, 4 sectors. */
    private static Fixture matrix(boolean geometric, boolean missing, long seed) {
        Random r = new Random(seed);
        int n = 3_000;
        double[][] values = new double[n][IDS.size()];
        for (double[] v : values) {
            double size = r.nextDouble();
            for (int k = 0; k < v.length; k++) {
                v[k] = Math.min(1, Math.max(0, 0.6 * size + 0.4 * r.nextDouble()));
            }
            if (missing && r.nextInt(10) == 0) {
                v[r.nextInt(v.length)] = Double.NaN;
            }
        }
        double[] published = new double[n];
        for (int i = 0; i < n; i++) {
            published[i] = index(values[i], WEIGHTS, geometric);
        }
        Integer[] order = IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(i -> -published[i])).toArray(Integer[]::new);
        double[][] sorted = new double[n][];
        double[] publishedSorted = new double[n];
        String[] labels = new String[n];
        String[] municipality = new String[n];
        String[] sector = new String[n];
        for (int p = 0; p < n; p++) {
            sorted[p] = values[order[p]];
            publishedSorted[p] = published[order[p]];
            labels[p] = "unit " + order[p];
            municipality[p] = "m" + order[p] % 30;
            sector[p] = "s" + order[p] % 4;
        }
        return new Fixture(IndicatorMatrix.of(IDS, WEIGHTS, formula(geometric), 100, sorted, labels, labels, publishedSorted,
                municipality, sector), sorted, municipality, sector);
    }

    private static MeanFormula formula(boolean geometric) {
        return new MeanFormula(geometric ? Aggregation.GEOMETRIC : Aggregation.ARITHMETIC, 0.01);
    }

    /** The engine's index of one unit (as analyze computes it): weights rescaled to 1 over the indicators present. */
    private static double index(double[] v, double[] w, boolean geometric) {
        return 100 * Aggregator.mean(v, w, geometric ? Aggregation.GEOMETRIC : Aggregation.ARITHMETIC, 0.01);
    }

    /** Labels of the top 25 by a plain sort of the selection (ties: published order). */
    private static List<String> plain(Fixture f, double[] w, String municipality, String sector) {
        IndicatorMatrix m = f.m();
        double[][] values = f.values();
        List<Integer> units = new ArrayList<>();
        for (int i = 0; i < m.units(); i++) {
            if ((municipality == null || f.municipality()[i].equals(municipality))
                    && (sector == null || f.sector()[i].equals(sector))) {
                units.add(i);
            }
        }
        boolean geometric = m.formula().method() == Aggregation.GEOMETRIC;
        return units.stream().sorted(Comparator.<Integer>comparingDouble(i -> -index(values[i], w, geometric))
                        .thenComparingInt(i -> i))
                .limit(WhatIfSource.SHOWN).map(i -> m.labelsFi()[i]).toList();
    }

    @Test
    void skippedBlocksNeverChangeTheTop25() {
        Random r = new Random(7);
        for (boolean geometric : new boolean[] {false, true}) {
            for (boolean missing : new boolean[] {false, true}) {
                Fixture f = matrix(geometric, missing, 11);
                for (int trial = 0; trial < 60; trial++) {
                    Map<String, Double> given = new HashMap<>();
                    double[] w = new double[IDS.size()];
                    for (int k = 0; k < w.length; k++) {
                        w[k] = trial % 7 == 0 && k == 2 ? 0 : Math.round(r.nextDouble() * 1000) / 1000.0;
                        given.put(IDS.get(k), w[k]);
                    }
                    String municipality = trial % 3 == 1 ? "m" + r.nextInt(30) : null;
                    String sector = trial % 4 == 2 ? "s" + r.nextInt(4) : null;
                    Table t = WhatIfSource.compute(f.m(), new Filters(Lang.FI, municipality, null, sector, given));
                    String what = "geometric " + geometric + ", missing " + missing + ", trial " + trial;
                    assertEquals(plain(f, w, municipality, sector), t.column("label"), what);
                }
            }
        }
    }

    @Test
    void configuredWeightsGiveThePublishedOrder() {
        for (boolean geometric : new boolean[] {false, true}) {
            IndicatorMatrix m = matrix(geometric, false, 3).m();
            Table t = WhatIfSource.compute(m, Filters.defaults(Lang.EN));
            for (int r = 0; r < t.rows().size(); r++) {
                assertEquals(r + 1, t.rows().get(r).get(0));
                assertEquals(r + 1, t.rows().get(r).get(3));
                assertEquals(m.labelsEn()[r], t.rows().get(r).get(1));
                assertEquals(Math.round(m.publishedIndex()[r] * 10) / 10.0, (Double) t.rows().get(r).get(2), 1e-9);
            }
        }
    }
}
