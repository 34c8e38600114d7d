package fi.kuntadigi.operations.schedule;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One attempt at running a scheduled job, as kept in the run history. The run's own record
 * ({@code warehouse/_runs/<run_id>.json}) holds its row counts, quarantine and manifests.
 */
public record Attempt(
        @JsonProperty("job") String job,
        @JsonProperty("attempt") int attempt,
        @JsonProperty("run_id") String runId,
        @JsonProperty("started_at") String startedAt,
        @JsonProperty("finished_at") String finishedAt,
        @JsonProperty("exit_code") int exitCode,
        @JsonProperty("outcome") String outcome,
        @JsonProperty("message") String message) {

    public static final String SUCCEEDED = "succeeded";
    public static final String SUCCEEDED_WITH_QUARANTINE = "succeeded_with_quarantine";
    public static final String RETRYING = "failed_will_retry";
    public static final String FAILED = "failed";
    public static final String SKIPPED = "skipped_already_running";
}
