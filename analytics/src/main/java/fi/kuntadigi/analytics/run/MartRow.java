package fi.kuntadigi.analytics.run;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.DatasetSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row of a mart, built by the catalog's column names ({@code row.set("year", 2020)}) instead of by
 * position, so a value cannot land in the wrong column. Each value is checked as it is set — the column must
 * be one of the mart's, the Java type must be the column's, a required column takes no null, an allowed-values
 * column takes only its values — and a row is complete only when every column has been set (an optional
 * column left empty is set to null explicitly). Every mistake names the mart and the column.
 */
public final class MartRow {

    private final DatasetSchema schema;
    private final Object[] values;
    private final boolean[] set;

    private MartRow(DatasetSchema schema) {
        this.schema = schema;
        this.values = new Object[schema.columns().size()];
        this.set = new boolean[values.length];
    }

    /** An empty row of the mart. */
    public static MartRow of(DatasetSchema schema) {
        return new MartRow(schema);
    }

    public DatasetSchema schema() {
        return schema;
    }

    /** Sets one column; throws when the mart has no such column or the value does not fit it. */
    public MartRow set(String column, Object value) {
        int i = schema.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(schema.name() + " has no column '" + column + "'; its columns are "
                    + schema.columnNames());
        }
        check(schema.columns().get(i), value);
        values[i] = value;
        set[i] = true;
        return this;
    }

    /** Sets several columns at once, e.g. a shared group such as the municipality columns. */
    public MartRow set(Map<String, ?> columns) {
        columns.forEach(this::set);
        return this;
    }

    /** The value set for a column (null when empty or not set). */
    public Object get(String column) {
        int i = schema.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(schema.name() + " has no column '" + column + "'");
        }
        return values[i];
    }

    /** Throws unless every column has been set. */
    public MartRow complete() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < set.length; i++) {
            if (!set[i]) {
                missing.add(schema.columns().get(i).name());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(schema.name() + ": no value set for " + missing
                    + " (set an optional column left empty to null)");
        }
        return this;
    }

    /** The value of the column at a position of the schema, for the writer. */
    Object valueAt(int index) {
        return values[index];
    }

    private void check(Column c, Object v) {
        String where = schema.name() + "." + c.name();
        if (v == null) {
            if (c.required()) {
                throw new IllegalArgumentException(where + ": required value is null");
            }
            return;
        }
        Class<?> expected = c.type().javaType();
        if (!expected.isInstance(v)) {
            throw new IllegalArgumentException(where + ": expected " + expected.getSimpleName() + ", got "
                    + v.getClass().getSimpleName() + " " + v);
        }
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new IllegalArgumentException(where + ": not a finite number: " + d);
        }
        if (!c.allowed().isEmpty() && !c.allowed().contains(v.toString())) {
            throw new IllegalArgumentException(where + ": '" + v + "' not in " + c.allowed());
        }
    }
}
