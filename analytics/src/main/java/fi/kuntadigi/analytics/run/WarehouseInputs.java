package fi.kuntadigi.analytics.run;

import fi.kuntadigi.catalog.DatasetRow;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.ingestion.publish.WarehouseStore;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

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
        Path dir = published(schema);
        return spark.read().schema(SparkSchemas.of(schema)).parquet(dir.toString())
                .select(schema.columnNames().stream().map(functions::col).toArray(Column[]::new));
    }

    /**
     * Checks, before any work, that a dataset the run will read is published by this kuntadigi's schema; throws
     * naming the dataset, who reads it ({@code readers}) and the command that publishes it.
     */
    public void checkPublished(DatasetSchema schema, List<String> readers) {
        Path dir = current(schema).orElseThrow(() -> new UnusableInputException(schema.name() + " is not published in "
                + store.warehouse() + "; run 'kuntadigi ingest' first (read by " + String.join(", ", readers) + ")"));
        checkSchemaVersion(schema, dir);
    }

    /** The current version's folder, checked and remembered as an input of the run. */
    private Path published(DatasetSchema schema) {
        Path dir = current(schema).orElseThrow(() -> new UnusableInputException(schema.name() + " is not published in "
                + store.warehouse() + "; run 'kuntadigi ingest' first"));
        String runId = store.runIdOf(dir);
        checkSchemaVersion(schema, dir);
        synchronized (versions) {
            versions.put(schema.name(), runId);
        }
        return dir;
    }

    /** A version published by an older schema (e.g. without columns this build reads) is re-ingested, not misread. */
    private void checkSchemaVersion(DatasetSchema schema, Path dir) {
        try {
            Optional<byte[]> json = store.read(new Path(dir, Warehouse.MANIFEST));
            if (json.isEmpty()) {
                return;
            }
            int published = Json.mapper().readTree(json.get()).path("schema_version").asInt(schema.version());
            if (published != schema.version()) {
                throw new UnusableInputException(schema.name() + " in " + store.warehouse() + " was published with schema version "
                        + published + "; this kuntadigi reads version " + schema.version()
                        + ": run 'kuntadigi ingest' again to republish it");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A small published dataset (a region's pilots, surveys, reference data), read on the driver: no Spark
     * job, whose fixed cost (planning, code generation, scheduling) is most of the time of reading a few
     * thousand rows. A partitioned dataset (the large ones) is read through Spark. Either way each row is read by
     * the catalog's columns ({@link DatasetRow}).
     */
    public List<DatasetRow> collect(DatasetSchema schema) {
        if (!schema.partitionBy().isEmpty()) {
            return read(schema).collectAsList().stream()
                    .map(row -> DatasetRow.of(schema, c -> row.get(row.fieldIndex(c.name())))).toList();
        }
        Path dir = published(schema);
        try {
            List<Path> files = store.list(dir).stream().map(FileStatus::getPath)
                    .filter(p -> p.getName().endsWith(".parquet")).sorted().toList();
            return DriverParquet.read(schema, files, spark.sparkContext().hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + schema.name() + " from " + dir, e);
        }
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
