package fi.kuntadigi.analytics.run;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.ingestion.publish.Json;
import fi.kuntadigi.ingestion.source.UnusableInputException;
import fi.kuntadigi.ingestion.spark.SparkSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads published warehouse datasets with their catalog schemas and remembers which version
 * (the ingestion run id of its manifest) each mart was computed from.
 */
public final class WarehouseInputs {

    private final SparkSession spark;
    private final Warehouse warehouse;
    private final Map<String, String> versions = new TreeMap<>();

    public WarehouseInputs(SparkSession spark, Warehouse warehouse) {
        this.spark = spark;
        this.warehouse = warehouse;
    }

    public SparkSession spark() {
        return spark;
    }

    /** A published dataset as a Spark frame with the catalog's column types. */
    public Dataset<Row> read(DatasetSchema schema) {
        Path dir = warehouse.dataset(schema.name());
        if (!Files.isDirectory(dir)) {
            throw new UnusableInputException(schema.name() + " is not published in " + warehouse.root()
                    + "; run 'kuntadigi ingest' first");
        }
        String runId = runIdOf(dir);
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

    private static String runIdOf(Path dir) {
        Path manifest = dir.resolve(Warehouse.MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return "unknown";
        }
        try {
            JsonNode node = Json.mapper().readTree(manifest.toFile());
            return node.path("run_id").asText("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
