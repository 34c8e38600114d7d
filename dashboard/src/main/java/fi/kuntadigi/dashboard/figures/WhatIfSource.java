package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.data.Table;
import fi.kuntadigi.dashboard.data.WarehouseVersion;
import fi.kuntadigi.dashboard.i18n.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

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

    /** A scored item. @param item the service in a municipality @param score its index 0-100 */
    private record Scored(IndicatorMatrix.Item item, double score, String label) {
    }

    @Override
    public Table load(DataAccess data, Filters filters) {
        IndicatorMatrix m = matrix(data);
        double[] w = m.weights().clone();
        for (int k = 0; k < w.length; k++) {
            w[k] = filters.weights().getOrDefault(m.indicators().get(k), w[k]);
        }
        List<Scored> scored = new ArrayList<>();
        for (IndicatorMatrix.Item item : m.items()) {
            if (filters.municipality() == null || filters.municipality().equals(item.currentCode())) {
                String label = filters.lang() == Lang.EN ? item.labelEn() : item.labelFi();
                scored.add(new Scored(item, score(item.normalised(), w), label));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::label));
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(SHOWN, scored.size()); i++) {
            Scored s = scored.get(i);
            rows.add(Arrays.asList(i + 1, s.label(), Math.round(s.score() * 10) / 10.0, s.item().publishedRank(),
                    s.item().publishedRank() - (i + 1)));
        }
        return new Table(COLUMNS, rows);
    }

    private static double score(double[] normalised, double[] w) {
        double sum = 0;
        double weight = 0;
        for (int k = 0; k < w.length; k++) {
            if (!Double.isNaN(normalised[k])) {
                sum += normalised[k] * w[k];
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
