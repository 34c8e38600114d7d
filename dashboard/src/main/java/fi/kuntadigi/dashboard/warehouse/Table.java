package fi.kuntadigi.dashboard.warehouse;

import java.util.List;

/**
 * A small result table: named columns and rows of plain Java values (String, Number, Boolean
 * or null), ready for JSON, CSV and HTML.
 */
public record Table(List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static Table empty(List<String> columns) {
        return new Table(columns, List.of());
    }

    public int indexOf(String column) {
        return columns.indexOf(column);
    }

    /** The values of one column, in row order. */
    public List<Object> column(String column) {
        int i = indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return rows.stream().map(r -> r.get(i)).toList();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
