package fi.kuntadigi.ingestion.load;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;

import fi.kuntadigi.catalog.DatasetSchema;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/**
 * Finds rows whose natural key was already seen in the same load. The first occurrence (by
 * file name, then line) is kept; later ones are rejected with a pointer to the first. A cheap
 * hash pass finds candidate keys so the exact check only touches the few rows that collide.
 */
final class DuplicateKeys {

    private static final String HASH = "_key_hash";

    private DuplicateKeys() {
    }

    /** Rejected duplicates, shaped like the parsed rows with reason and record filled in. */
    static Dataset<Row> find(DatasetSchema schema, Dataset<Row> accepted) {
        Column[] key = schema.naturalKey().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        Dataset<Row> hashed = accepted.withColumn(HASH, xxhash64(key));
        List<Row> colliding = hashed.groupBy(HASH).agg(count(lit(1)).as("n")).filter(col("n").gt(1)).select(HASH).collectAsList();
        if (colliding.isEmpty()) {
            return null;
        }
        Dataset<Row> candidates = hashed.join(broadcast(hashed.sparkSession()
                .createDataFrame(colliding, hashed.select(HASH).schema())), HASH);
        WindowSpec byKey = Window.partitionBy(key).orderBy(col(ParsedRows.FILE), col(ParsedRows.LINE));
        WindowSpec whole = byKey.rowsBetween(Window.unboundedPreceding(), Window.unboundedFollowing());
        String keyNames = String.join(", ", schema.naturalKey());
        return candidates
                .withColumn("_n", row_number().over(byKey))
                .withColumn("_first_file", first(col(ParsedRows.FILE)).over(whole))
                .withColumn("_first_line", first(col(ParsedRows.LINE)).over(whole))
                .filter(col("_n").gt(1))
                .withColumn(ParsedRows.COLUMN, lit(keyNames))
                .withColumn(ParsedRows.VALUE, concat(schema.naturalKey().stream()
                        .map(k -> org.apache.spark.sql.functions.coalesce(col(k).cast("string"), lit("")))
                        .flatMap(c -> java.util.stream.Stream.of(lit("|"), c)).skip(1).toArray(Column[]::new)))
                .withColumn(ParsedRows.REASON, concat(lit("duplicate: the same " + keyNames + " as "),
                        col("_first_file"), lit(" line "), col("_first_line").cast("string"),
                        lit("; keep one of the two rows")))
                .withColumn(ParsedRows.RECORD, lit(null).cast("string"))
                .select(ParsedRows.type(schema).fieldNames()[0], restOfParsed(schema));
    }

    private static String[] restOfParsed(DatasetSchema schema) {
        String[] names = ParsedRows.type(schema).fieldNames();
        return java.util.Arrays.copyOfRange(names, 1, names.length);
    }
}
