package fi.kuntadigi.dashboard.potential;

import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.FigureSource;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.warehouse.Table;
import fi.kuntadigi.dashboard.warehouse.WarehouseVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Recomputes the digital-potential index on the server with the user's weights by the
 * composite-indicator engine's formula (core's {@code MeanFormula}: the mean
 * and floor analyze published in {@code potential_method}), weights rescaled to sum to 1, absent
 * indicators left out; indicators without a given weight keep their configured weight.
 *
 * <p>Ranks are within the selection the view shows: the chosen municipality's and/or sector's
 * services, all of them without filters. Both columns are in the same selection: the new rank
 * and the published order (the published rank when nothing is chosen), so their difference is
 * the change the weights make. Equal indexes keep the published order, so the configured
 * weights give back the published ranks.
 *
 * <p>Cost: the indicator matrix is read once per warehouse version; a request is a weighted sum
 * per unit in the selection (110 units for a municipality; nationally only the ~5 % of the
 * 33 748 units in blocks whose bound can reach the top 25: ~20 microseconds) and a top-25
 * selection without sorting.
 */
final class WhatIfSource implements FigureSource {

    static final int SHOWN = 25;
    /** Each request thread's block bounds (2 110 doubles nationally), reused rather than allocated per request. */
    private static final ThreadLocal<double[]> SCRATCH = ThreadLocal.withInitial(() -> new double[0]);
    private static final List<String> COLUMNS = List.of("whatif_rank", "label", "whatif_index", "published_rank", "rank_change");

    private volatile Loaded loaded;

    /** The matrix with the warehouse version it was read at. */
    private record Loaded(long version, IndicatorMatrix matrix) {
    }

    @Override
    public Table load(DataAccess data, Filters filters) {
        return compute(matrix(data), filters);
    }

    /**
     * A what-if with weights is not cached: it takes microseconds once the matrix is in memory,
     * and the next user's weights are rarely the same. The configured weights are (the page's first view).
     */
    @Override
    public boolean cached(Filters filters) {
        return filters.weights().isEmpty();
    }

    /** The what-if table of the given matrix and filters. */
    static Table compute(IndicatorMatrix m, Filters filters) {
        double[] w = m.weights().clone();
        for (int k = 0; k < w.length; k++) {
            w[k] = filters.weights().getOrDefault(m.indicators().get(k), w[k]);
        }
        int[] scope = scope(m, filters);
        Top top = scope == null ? national(m, w) : within(m, w, scope);
        boolean english = filters.lang() == Lang.EN;
        double weightSum = sum(w);
        List<List<Object>> rows = new ArrayList<>(top.size);
        for (int r = 0; r < top.size; r++) {
            int unit = top.units[r];
            int published = top.positions[r] + 1;
            rows.add(Arrays.asList(r + 1, english ? m.labelsEn()[unit] : m.labelsFi()[unit],
                    Math.round(index(m, w, weightSum, unit, top.sums[r]) * 10) / 10.0, published, published - (r + 1)));
        }
        return new Table(COLUMNS, rows);
    }

    /** Units of the chosen municipality and sector (ascending), or null for all. */
    private static int[] scope(IndicatorMatrix m, Filters filters) {
        int[] municipality = filters.municipality() == null ? null
                : m.byMunicipality().getOrDefault(filters.municipality(), new int[0]);
        int[] sector = filters.sector() == null ? null : m.bySector().getOrDefault(filters.sector(), new int[0]);
        if (municipality != null && sector != null) {
            return IndicatorMatrix.intersect(municipality, sector);
        }
        return municipality != null ? municipality : sector;
    }

    /** The 0-100 index of one unit from its weighted sum. */
    private static double index(IndicatorMatrix m, double[] w, double weightSum, int unit, double sum) {
        double ws = weightSum;
        if (m.present() != null) {
            ws = 0;
            for (int k = 0; k < w.length; k++) {
                ws += w[k] * m.present()[k][unit];
            }
        }
        if (ws == 0) {
            return 0;
        }
        return m.scale() * m.formula().mean(sum, ws);
    }

    /**
     * What ranks a unit: its weighted sum, divided by its own weight sum when indicators are
     * missing (the rescaling then differs between units); with every indicator present the
     * common divisor does not change the order and is left to the few units shown.
     */
    private static double key(IndicatorMatrix m, double[] w, double weightSum, int unit, double sum) {
        return m.present() == null ? sum : index(m, w, weightSum, unit, sum);
    }

    /**
     * Every unit, in published order, block by block. With weights of at least 0 the weighted
     * sums of a block are at most the weighted sum of its column maxima; once 25 units are held,
     * a block whose bound does not beat the 25th is skipped unread. Units in published
     * order have similar indexes, so nationally about 5 % of the units are read for random
     * weights (bench/README.md). A block that is read is summed one indicator at a time (a loop
     * the JIT vectorises). With missing indicators the divisor differs between units and the
     * bound does not hold: every unit is read.
     */
    private static Top national(IndicatorMatrix m, double[] w) {
        int n = m.units();
        double weightSum = sum(w);
        Top top = new Top(Math.min(SHOWN, n), weightSum);
        double[][] columns = m.columns();
        int blocks = (n + IndicatorMatrix.BLOCK - 1) / IndicatorMatrix.BLOCK;
        // Every block's bound in one pass per indicator (a loop the JIT vectorises, 1/16 of the units' work).
        double[] bounds = SCRATCH.get();
        if (bounds.length < blocks) {
            bounds = new double[blocks];
            SCRATCH.set(bounds);
        }
        if (m.present() == null) {
            Arrays.fill(bounds, 0, blocks, 0);
            weightedSum(m.blockMax(), w, 0, blocks, bounds);
        } else {
            Arrays.fill(bounds, 0, blocks, Double.POSITIVE_INFINITY);
        }
        double[] acc = new double[IndicatorMatrix.BLOCK];
        for (int b = 0; b < blocks; b++) {
            if (top.full() && bounds[b] <= top.floor()) {
                continue;
            }
            int from = b * IndicatorMatrix.BLOCK;
            int len = Math.min(IndicatorMatrix.BLOCK, n - from);
            Arrays.fill(acc, 0, len, 0);
            weightedSum(columns, w, from, len, acc);
            for (int j = 0; j < len; j++) {
                int unit = from + j;
                top.offer(unit, unit, acc[j], key(m, w, weightSum, unit, acc[j]));
            }
        }
        return top;
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }

    /** {@code out[j] += sum over k of w[k] columns[k][from + j]}, for j below len; one indicator at a time. */
    private static void weightedSum(double[][] columns, double[] w, int from, int len, double[] out) {
        for (int k = 0; k < w.length; k++) {
            double wk = w[k];
            if (wk == 0) {
                continue;
            }
            double[] column = columns[k];
            for (int j = 0; j < len; j++) {
                out[j] += wk * column[from + j];
            }
        }
    }

    /** The units of a selection (a municipality's 110 services, a sector's): gathered one by one. */
    private static Top within(IndicatorMatrix m, double[] w, int[] scope) {
        double weightSum = sum(w);
        Top top = new Top(Math.min(SHOWN, scope.length), weightSum);
        double[][] columns = m.columns();
        for (int p = 0; p < scope.length; p++) {
            int unit = scope[p];
            double sum = 0;
            for (int k = 0; k < w.length; k++) {
                sum += w[k] * columns[k][unit];
            }
            top.offer(unit, p, sum, key(m, w, weightSum, unit, sum));
        }
        return top;
    }

    /**
     * The best units offered so far, best first. Units are offered in published order, so a unit
     * whose key is not clearly above (by more than rounding noise) an earlier one's ranks after it.
     */
    private static final class Top {
        final int[] units;
        final int[] positions;
        final double[] sums;
        final double[] keys;
        final double noise;
        int size;

        Top(int capacity, double weightSum) {
            units = new int[capacity];
            positions = new int[capacity];
            sums = new double[capacity];
            keys = new double[capacity];
            noise = 1e-9 * Math.max(1, Math.abs(weightSum));
        }

        boolean full() {
            return size == units.length;
        }

        /** What a key must exceed to enter when full. */
        double floor() {
            return keys[size - 1] + noise;
        }

        void offer(int unit, int position, double sum, double key) {
            int capacity = units.length;
            if (capacity == 0 || size == capacity && key <= keys[size - 1] + noise) {
                return;
            }
            int at = size == capacity ? capacity - 1 : size++;
            while (at > 0 && key > keys[at - 1] + noise) {
                units[at] = units[at - 1];
                positions[at] = positions[at - 1];
                sums[at] = sums[at - 1];
                keys[at] = keys[at - 1];
                at--;
            }
            units[at] = unit;
            positions[at] = position;
            sums[at] = sum;
            keys[at] = key;
        }
    }

    private IndicatorMatrix matrix(DataAccess data) {
        long current = WarehouseVersion.of(data.warehouse()).current();
        Loaded l = loaded;
        if (l != null && l.version() == current) {
            return l.matrix();
        }
        synchronized (this) {
            l = loaded;
            if (l == null || l.version() != current) {
                l = new Loaded(current, IndicatorMatrix.load(data));
                loaded = l;
            }
            return l.matrix();
        }
    }
}
