package fi.kuntadigi.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The one definition of a warehouse dataset: its columns and rules, natural key and layout.
 * The ingestion jobs write with it, analytics and DuckDB readers read with it.
 *
 * @param name          dataset name, also its folder in the warehouse
 * @param source        the source kind (ingestion job) that loads it
 * @param version       schema version, recorded in every manifest; bump on any change
 * @param description   what one row is
 * @param columns       columns in storage order
 * @param naturalKey    columns that identify a row; a key seen twice in one load is quarantined
 * @param partitionBy   partition columns (a subset of columns), or empty
 * @param validOn       date or timestamp column on which the row's municipality must be in
 *                      force (merger rule), or null
 */
public record DatasetSchema(String name, String source, int version, String description,
                            List<Column> columns, List<String> naturalKey, List<String> partitionBy,
                            String validOn) implements Serializable {

    public DatasetSchema {
        columns = List.copyOf(columns);
        naturalKey = List.copyOf(naturalKey);
        partitionBy = List.copyOf(partitionBy);
        for (String k : naturalKey) {
            if (indexOf(columns, k) < 0) {
                throw new IllegalArgumentException(name + ": natural key column " + k + " is not a column");
            }
        }
        for (Column c : columns.stream().filter(Column::derived).toList()) {
            int code = indexOf(columns, c.keyOf());
            if (code < 0 || !columns.get(code).required()) {
                throw new IllegalArgumentException(name + ": key column " + c.name() + " needs a required column " + c.keyOf());
            }
        }
        for (String p : partitionBy) {
            if (indexOf(columns, p) < 0) {
                throw new IllegalArgumentException(name + ": partition column " + p + " is not a column");
            }
        }
    }

    private static int indexOf(List<Column> columns, String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    public int indexOf(String column) {
        return indexOf(columns, column);
    }

    public Optional<Column> column(String column) {
        int i = indexOf(column);
        return i < 0 ? Optional.empty() : Optional.of(columns.get(i));
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The columns an export carries: all but the derived keys, which a load computes. */
    public List<String> exportColumnNames() {
        return columns.stream().filter(c -> !c.derived()).map(Column::name).toList();
    }
}
