package fi.kuntadigi.index.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Numeric columns over a fixed list of units (COINr's iData, and every stage of the engine): a value per
 * unit and column, {@link Double#NaN} where missing. Immutable: steps return new instances.
 */
public final class UnitData {

    private final List<Unit> units;
    private final Map<String, double[]> columns;
    private final List<String> names;

    public UnitData(List<Unit> units, Map<String, double[]> columns) {
        this(units, columns, true);
    }

    /**
     * The column arrays are copied when {@code copy}; else they are another instance's (never changed, so safely
     * shared) or new arrays nobody else holds.
     */
    private UnitData(List<Unit> units, Map<String, double[]> columns, boolean copy) {
        this.units = List.copyOf(units);
        Map<String, double[]> own = new LinkedHashMap<>();
        columns.forEach((k, v) -> {
            if (v.length != units.size()) {
                throw new IllegalArgumentException("column " + k + " has " + v.length + " values for " + units.size() + " units");
            }
            own.put(k, copy ? v.clone() : v);
        });
        this.columns = Collections.unmodifiableMap(own);
        this.names = List.copyOf(own.keySet());
    }

    /**
     * Data that takes over the given arrays instead of copying them, for the engine's stages, which build new
     * columns every run of an analysis: the caller must not change them afterwards.
     */
    public static UnitData owning(List<Unit> units, Map<String, double[]> columns) {
        return new UnitData(units, columns, false);
    }

    public List<Unit> units() {
        return units;
    }

    public int size() {
        return units.size();
    }

    /** Column names in order. */
    public List<String> columnNames() {
        return names;
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** A copy of a column's values. */
    public double[] column(String column) {
        return columnValues(column).clone();
    }

    /**
     * A column's own values, not a copy, for the engine's stages that only read them (an analysis reads every
     * column in each of its thousands of runs): the caller must not change the array.
     */
    public double[] columnValues(String column) {
        double[] v = columns.get(column);
        if (v == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return v;
    }

    /** One value. */
    public double value(String column, int unit) {
        return columns.get(column)[unit];
    }

    /** Only the named columns, in that order. */
    public UnitData select(List<String> names) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String n : names) {
            out.put(n, columnValues(n));
        }
        return new UnitData(units, out, false);
    }

    /** These units' data with the given columns replaced or added. */
    public UnitData with(Map<String, double[]> replaced) {
        Map<String, double[]> out = new LinkedHashMap<>(columns);
        replaced.forEach((k, v) -> out.put(k, v.clone()));
        return new UnitData(units, out, false);
    }

    /** Only the units passing the test, in order. */
    public UnitData keepUnits(Predicate<Unit> keep) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (keep.test(units.get(i))) {
                kept.add(i);
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        columns.forEach((k, v) -> out.put(k, kept.stream().mapToDouble(i -> v[i]).toArray()));
        return new UnitData(kept.stream().map(units::get).toList(), out, false);
    }

    /** The index of a unit code, -1 when absent. */
    public int indexOf(String unitCode) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).code().equals(unitCode)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        columns.forEach((k, v) -> b.append(k).append('=').append(Arrays.toString(v)).append('\n'));
        return b.toString();
    }
}
