package fi.kuntadigi.analytics.run;

import fi.kuntadigi.catalog.DatasetSchema;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The computed content of one mart: either a Spark frame in the mart's column order (computed by Spark,
 * written by its tasks) or rows computed on the driver (written by the driver as one Parquet file, no
 * Spark job). Driver rows are {@link MartRow}s of the mart, checked column by column as they are built and
 * complete when the table is made, so a mistake names the mart and the column.
 *
 * @param frame      the Spark frame, or null for driver rows
 * @param driverRows the driver rows, or null for a Spark frame
 */
public record MartTable(DatasetSchema schema, Dataset<Row> frame, List<MartRow> driverRows) {

    /** A mart from rows computed on the driver. */
    public static MartTable of(DatasetSchema schema, List<MartRow> rows) {
        for (MartRow r : rows) {
            if (r.schema() != schema) {
                throw new IllegalStateException(schema.name() + ": got a row of " + r.schema().name());
            }
            r.complete();
        }
        return new MartTable(schema, null, List.copyOf(rows));
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
        return driverRows == null ? -1 : driverRows.size();
    }
}
