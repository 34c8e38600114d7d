package fi.kuntadigi.analytics.run;

import fi.kuntadigi.catalog.Column;
import fi.kuntadigi.catalog.DatasetSchema;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The computed content of one mart: either a Spark frame in the mart's column order (computed by Spark,
 * written by its tasks) or rows computed on the driver (written by the driver as one Parquet file, no
 * Spark job). Driver rows are checked against the catalog schema (arity, Java type, required values)
 * when the table is made, so a mistake names the mart and the column.
 *
 * @param frame  the Spark frame, or null for driver rows
 * @param values the driver rows (values in column order), or null for a Spark frame
 */
public record MartTable(DatasetSchema schema, Dataset<Row> frame, List<Object[]> values) {

    /** A mart from rows computed on the driver, values in the schema's column order. */
    public static MartTable of(DatasetSchema schema, List<Object[]> values) {
        for (Object[] v : values) {
            check(schema, v);
        }
        return new MartTable(schema, null, List.copyOf(values));
    }

    /** A mart computed by Spark; its columns must be the schema's, in order. */
    public static MartTable ofFrame(DatasetSchema schema, Dataset<Row> frame) {
        if (!List.of(frame.columns()).equals(schema.columnNames())) {
            throw new IllegalStateException(schema.name() + ": columns " + List.of(frame.columns())
                    + " differ from the catalog's " + schema.columnNames());
        }
        return new MartTable(schema, frame, null);
    }

    /** Rows of a driver-side mart; -1 for a Spark frame (counted after writing). */
    public long rows() {
        return values == null ? -1 : values.size();
    }

    static void check(DatasetSchema schema, Object[] values) {
        List<Column> columns = schema.columns();
        if (values.length != columns.size()) {
            throw new IllegalStateException(schema.name() + ": row has " + values.length + " values, the mart "
                    + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            Column c = columns.get(i);
            Object v = values[i];
            if (v == null) {
                if (c.required()) {
                    throw new IllegalStateException(schema.name() + "." + c.name() + ": required value is null");
                }
                continue;
            }
            Class<?> expected = c.type().javaType();
            if (!expected.isInstance(v)) {
                throw new IllegalStateException(schema.name() + "." + c.name() + ": expected " + expected.getSimpleName()
                        + ", got " + v.getClass().getSimpleName() + " " + v);
            }
            if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
                throw new IllegalStateException(schema.name() + "." + c.name() + ": not a finite number");
            }
            if (!c.allowed().isEmpty() && !c.allowed().contains(v.toString())) {
                throw new IllegalStateException(schema.name() + "." + c.name() + ": '" + v + "' not in " + c.allowed());
            }
        }
    }
}
