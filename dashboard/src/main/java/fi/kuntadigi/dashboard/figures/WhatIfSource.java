package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.data.Table;
import fi.kuntadigi.dashboard.data.WarehouseVersion;
import fi.kuntadigi.dashboard.i18n.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Recomputes the digital-potential index on the server with the user's weights: a weighted
 * mean of the normalised indicators (weights rescaled to sum to 1, absent indicators left
 * out), ranked, next to the published rank. Indicators without a given weight keep their
 * configured weight.
 */
final class WhatIfSource implements FigureSource {

    private static final int SHOWN = 25;
    private static final List<String> COLUMNS = List.of("whatif_rank", "label", "whatif_index", "published_rank", "rank_change");

    private volatile long version = Long.MIN_VALUE;
    private volatile IndicatorMatrix matrix;

    @Override
    public Table load(DataAccess data, Filters filters) {
        IndicatorMatrix m = matrix(data);
        double[] w = m.weights().clone();
        for (int k = 0; k < w.length; k++) {
            w[k] = filters.weights().getOrDefault(m.indicators().get(k), w[k]);
        }
        List<IndicatorMatrix.Item> items = m.items();
        double[] scores = new double[items.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score(m.values(), i * w.length, w);
        }
        boolean english = filters.lang() == Lang.EN;
        Comparator<Integer> best = Comparator.<Integer>comparingDouble(i -> scores[i]).reversed()
                .thenComparing(i -> label(items.get(i), english));
        PriorityQueue<Integer> top = new PriorityQueue<>(SHOWN + 1, best.reversed());
        double floor = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= floor
                    && (filters.municipality() == null || filters.municipality().equals(items.get(i).currentCode()))) {
                top.add(i);
                if (top.size() > SHOWN) {
                    top.poll();
                    floor = scores[top.peek()];
                }
            }
        }
        List<Integer> order = new ArrayList<>(top);
        order.sort(best);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < order.size(); r++) {
            IndicatorMatrix.Item item = items.get(order.get(r));
            rows.add(Arrays.asList(r + 1, label(item, english), Math.round(scores[order.get(r)] * 10) / 10.0,
                    item.publishedRank(), item.publishedRank() - (r + 1)));
        }
        return new Table(COLUMNS, rows);
    }

    private static String label(IndicatorMatrix.Item item, boolean english) {
        return english ? item.labelEn() : item.labelFi();
    }

    private static double score(double[] values, int offset, double[] w) {
        double sum = 0;
        double weight = 0;
        for (int k = 0; k < w.length; k++) {
            double v = values[offset + k];
            if (!Double.isNaN(v)) {
                sum += v * w[k];
                weight += w[k];
            }
        }
        return weight == 0 ? 0 : 100 * sum / weight;
    }

    private IndicatorMatrix matrix(DataAccess data) {
        long current = new WarehouseVersion(data.warehouse()).current();
        if (matrix == null || current != version) {
            synchronized (this) {
                if (matrix == null || current != version) {
                    matrix = IndicatorMatrix.load(data);
                    version = current;
                }
            }
        }
        return matrix;
    }
}
