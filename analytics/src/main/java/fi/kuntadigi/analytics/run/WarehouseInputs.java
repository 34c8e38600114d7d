package fi.kuntadigi.analytics.run;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.ingestion.publish.WarehouseStore;
import fi.kuntadigi.ingestion.source.UnusableInputException;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads published warehouse datasets with their catalog schemas and remembers which version
 * (the ingestion run id of its manifest) each mart was computed from. Each dataset's current
 * version is resolved once, through its pointer (see {@link Warehouse}), on any filesystem.
 */
public final class WarehouseInputs {

    private final SparkSession spark;
    private final WarehouseStore store;
    private final Map<String, String> versions = new TreeMap<>();

    public WarehouseInputs(SparkSession spark, WarehouseStore store) {
        this.spark = spark;
        this.store = store;
    }

    public SparkSession spark() {
        return spark;
    }

    /** A published dataset as a Spark frame with the catalog's column types. */
    public Dataset<Row> read(DatasetSchema schema) {
        Path dir = current(schema).orElseThrow(() -> new UnusableInputException(schema.name() + " is not published in "
                + store.warehouse() + "; run 'kuntadigi ingest' first"));
        String runId = store.runIdOf(dir);
        synchronized (versions) {
            versions.put(schema.name(), runId);
        }
        return spark.read().schema(SparkSchemas.of(schema)).parquet(dir.toString())
                .select(schema.columnNames().stream().map(org.apache.spark.sql.functions::col)
                        .toArray(org.apache.spark.sql.Column[]::new));
    }

    /** A small published dataset, collected to the driver. */
    public List<Row> collect(DatasetSchema schema) {
        return read(schema).collectAsList();
    }

    /** Dataset name to the run id of the version read so far. */
    public Map<String, String> versions() {
        synchronized (versions) {
            return Map.copyOf(versions);
        }
    }

    private Optional<Path> current(DatasetSchema schema) {
        try {
            return store.current(Layout.dataset(schema.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
