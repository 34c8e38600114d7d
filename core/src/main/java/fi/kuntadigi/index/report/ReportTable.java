package fi.kuntadigi.index.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One output table of an index run (stages, ranks, treatment log, audit ...): its name, its columns with
 * their types, and rows built by column name. Written as CSV here and as Parquet by the command line.
 */
public final class ReportTable {

    /** A column's type: text or a number. */
    public enum Type { STRING, DOUBLE }

    private final String name;
    private final Map<String, Type> columns;
    private final List<Map<String, Object>> rows = new ArrayList<>();

    public ReportTable(String name, Map<String, Type> columns) {
        this.name = name;
        this.columns = new LinkedHashMap<>(columns);
    }

    /** A table whose columns are all text except those named as numbers. */
    public static ReportTable of(String name, List<String> columns, List<String> numbers) {
        Map<String, Type> c = new LinkedHashMap<>();
        columns.forEach(col -> c.put(col, numbers.contains(col) ? Type.DOUBLE : Type.STRING));
        return new ReportTable(name, c);
    }

    public String name() {
        return name;
    }

    public Map<String, Type> columns() {
        return new LinkedHashMap<>(columns);
    }

    public List<Map<String, Object>> rows() {
        return List.copyOf(rows);
    }

    /** Starts a row; {@link Row#add()} appends it. */
    public Row row() {
        return new Row();
    }

    /** A row being built by column name; a column never set is empty (null). */
    public final class Row {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Row set(String column, String value) {
            check(column, Type.STRING);
            values.put(column, value);
            return this;
        }

        public Row set(String column, double value) {
            check(column, Type.DOUBLE);
            values.put(column, Double.isNaN(value) ? null : value);
            return this;
        }

        public void add() {
            Map<String, Object> full = new LinkedHashMap<>();
            columns.keySet().forEach(c -> full.put(c, values.get(c)));
            rows.add(full);
        }

        private void check(String column, Type type) {
            if (columns.get(column) != type) {
                throw new IllegalArgumentException("table " + name + " has no " + type + " column " + column);
            }
        }
    }
}
