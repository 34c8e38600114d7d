package fi.kuntadigi.analytics.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What a published mart version is made of: the analyze run, the warehouse versions it read
 * (dataset to ingestion run id), the configuration file with its checksum, and the rows written.
 * Written as {@code _manifest.json} in every mart version.
 */
public record MartManifest(
        @JsonProperty("run_id") String runId,
        @JsonProperty("mart") String mart,
        @JsonProperty("feature") String feature,
        @JsonProperty("schema_version") int schemaVersion,
        @JsonProperty("published_at") String publishedAt,
        @JsonProperty("columns") List<String> columns,
        @JsonProperty("inputs") Map<String, String> inputs,
        @JsonProperty("config_file") String configFile,
        @JsonProperty("config_sha256") String configSha256,
        @JsonProperty("rows_published") long rowsPublished,
        @JsonProperty("elapsed_ms") long elapsedMs) {
}
