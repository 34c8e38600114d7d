package fi.kuntadigi.analytics.run;

import static org.apache.spark.sql.functions.col;

import fi.kuntadigi.catalog.DatasetSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Checks, as a mart is written, that no two of its rows share the natural key the catalog declares for it
 * ({@link DatasetSchema#naturalKey()}): readers join and look rows up by that key, so a repeated key would
 * count a figure twice. A duplicate fails the run with the mart, the key columns and the repeated values.
 */
final class NaturalKeys {

    /** Repeated keys named in a failure at most. */
    static final int SHOWN = 5;

    private NaturalKeys() {
    }

    /** Rows computed on the driver. */
    static void check(DatasetSchema schema, List<MartRow> rows) {
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        for (MartRow r : rows) {
            List<Object> key = new ArrayList<>(schema.naturalKey().size());
            schema.naturalKey().forEach(k -> key.add(r.get(k)));
            counts.merge(key, 1L, Long::sum);
        }
        Map<List<Object>, Long> repeated = new LinkedHashMap<>();
        counts.forEach((key, n) -> {
            if (n > 1 && repeated.size() < SHOWN) {
                repeated.put(key, n);
            }
        });
        fail(schema, repeated);
    }

    /** A mart written by Spark, read back from where it was written. */
    static void check(DatasetSchema schema, Dataset<Row> written) {
        List<String> key = schema.naturalKey();
        Map<List<Object>, Long> repeated = new LinkedHashMap<>();
        for (Row r : written.groupBy(key.stream().map(k -> col(k)).toArray(Column[]::new))
                .count().filter(col("count").gt(1)).limit(SHOWN).collectAsList()) {
            List<Object> values = new ArrayList<>(key.size());
            for (int i = 0; i < key.size(); i++) {
                values.add(r.get(i));
            }
            repeated.put(values, r.getLong(key.size()));
        }
        fail(schema, repeated);
    }

    private static void fail(DatasetSchema schema, Map<List<Object>, Long> repeated) {
        if (repeated.isEmpty()) {
            return;
        }
        List<String> shown = new ArrayList<>();
        repeated.forEach((values, n) -> shown.add(values + " on " + n + " rows"));
        throw new IllegalStateException(schema.name() + ": the natural key (" + String.join(", ", schema.naturalKey())
                + ") is not unique: " + String.join("; ", shown) + ". Each key must be on one row; the "
                + schema.source() + " computation repeats it, so " + schema.name() + " was not published.");
    }
}
