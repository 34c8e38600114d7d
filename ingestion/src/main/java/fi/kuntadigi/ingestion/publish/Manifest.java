package fi.kuntadigi.ingestion.publish;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.kuntadigi.ingestion.load.InputChecksum;
import fi.kuntadigi.ingestion.load.LoadResult;
import java.time.Instant;
import java.util.List;

/**
 * What a published version is made of: the run, the inputs with checksums, the row counts and
 * the schema version. Written as {@code _manifest.json} in every version folder.
 */
public record Manifest(
        @JsonProperty("run_id") String runId,
        @JsonProperty("dataset") String dataset,
        @JsonProperty("source") String source,
        @JsonProperty("schema_version") int schemaVersion,
        @JsonProperty("published_at") String publishedAt,
        @JsonProperty("columns") List<String> columns,
        @JsonProperty("partition_by") List<String> partitionBy,
        @JsonProperty("inputs") List<InputChecksum> inputs,
        @JsonProperty("rows_read") long rowsRead,
        @JsonProperty("rows_published") long rowsPublished,
        @JsonProperty("rows_quarantined") long rowsQuarantined,
        @JsonProperty("elapsed_ms") long elapsedMs) {

    public static Manifest of(String runId, LoadResult load, Instant publishedAt) {
        return new Manifest(runId, load.schema().name(), load.schema().source(), load.schema().version(),
                publishedAt.toString(), load.schema().columnNames(), load.schema().partitionBy(), load.inputs(),
                load.read(), load.published(), load.quarantined(), load.elapsed().toMillis());
    }
}
