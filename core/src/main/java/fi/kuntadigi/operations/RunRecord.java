package fi.kuntadigi.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a run did, kept in {@code warehouse/_runs/<run>.json}: written when it starts and
 * rewritten when it ends, so a killed run is visible as one that never finished.
 */
public record RunRecord(
        @JsonProperty("run_id") String runId,
        @JsonProperty("job") String job,
        @JsonProperty("status") String status,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("datasets") List<DatasetCounts> datasets,
        @JsonProperty("error") String error) {

    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";

    /** Row counts of one dataset in a run. */
    public record DatasetCounts(
            @JsonProperty("dataset") String dataset,
            @JsonProperty("source") String source,
            @JsonProperty("rows_read") long read,
            @JsonProperty("rows_published") long published,
            @JsonProperty("rows_quarantined") long quarantined,
            @JsonProperty("elapsed_ms") long elapsedMs) {
    }

    public long quarantined() {
        return datasets == null ? 0 : datasets.stream().mapToLong(DatasetCounts::quarantined).sum();
    }
}
