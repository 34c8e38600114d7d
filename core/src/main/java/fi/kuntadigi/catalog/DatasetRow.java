package fi.kuntadigi.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;

/**
 * One row of a published warehouse dataset, read by the catalog's column names ({@code row.string("pilot_id")})
 * instead of by position or unchecked string lookups: the reading counterpart of analytics' {@code MartRow}. Each read is
 * checked against the dataset's schema — the column must be one of the dataset's, the accessor must be the
 * column's {@link ColumnType}, the value must be of that type's Java class, and a required column must hold a
 * value — and every mistake names the dataset and the column. An optional column without a value reads as null.
 * Analytics' {@code WarehouseInputs.collect} gives rows of this kind however the dataset was read (Parquet on the
 * driver or Spark rows); the same row reads a mart's rows by the mart's schema.
 */
public final class DatasetRow {

    private final DatasetSchema schema;
    private final Object[] values;

    private DatasetRow(DatasetSchema schema, Object[] values) {
        this.schema = schema;
        this.values = values;
    }

    /**
     * One stored row: {@code value} gives the stored value of each of the schema's columns (null when empty), as
     * its type's Java class ({@link ColumnType#javaType}); it is asked once per column, by the catalog's column.
     */
    public static DatasetRow of(DatasetSchema schema, Function<Column, Object> value) {
        Object[] values = new Object[schema.columns().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.apply(schema.columns().get(i));
        }
        return new DatasetRow(schema, values);
    }

    public DatasetSchema schema() {
        return schema;
    }

    public String string(String column) {
        return value(column, ColumnType.STRING);
    }

    public Boolean bool(String column) {
        return value(column, ColumnType.BOOLEAN);
    }

    public Integer integer(String column) {
        return value(column, ColumnType.INT);
    }

    public Long longValue(String column) {
        return value(column, ColumnType.LONG);
    }

    public Double doubleValue(String column) {
        return value(column, ColumnType.DOUBLE);
    }

    public LocalDate date(String column) {
        return value(column, ColumnType.DATE);
    }

    public LocalDateTime timestamp(String column) {
        return value(column, ColumnType.TIMESTAMP);
    }

    /** The value of {@code column}, of {@code type}'s Java class ({@link ColumnType#javaType}), checked as the class says. */
    @SuppressWarnings("unchecked")
    private <T> T value(String column, ColumnType type) {
        int i = schema.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(schema.name() + " has no column '" + column + "'; its columns are "
                    + schema.columnNames());
        }
        Column c = schema.columns().get(i);
        String where = schema.name() + "." + column;
        if (c.type() != type) {
            throw new IllegalArgumentException(where + " is " + c.type() + " in the catalog, not " + type);
        }
        Object v = values[i];
        if (v == null) {
            if (c.required()) {
                throw new IllegalStateException(where + ": required value is null");
            }
            return null;
        }
        if (!type.javaType().isInstance(v)) {
            throw new IllegalStateException(where + ": expected " + type.javaType().getSimpleName() + ", got "
                    + v.getClass().getSimpleName() + " " + v);
        }
        return (T) v;
    }
}
