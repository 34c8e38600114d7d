package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.ingestion.publish.WarehouseStore;
import fi.kuntadigi.operations.RunIds;
import fi.kuntadigi.operations.RunLock;
import fi.kuntadigi.operations.RunRecord;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hadoop.fs.Path;

/**
 * The lifecycle every batch run shares (ingest, analyze): under the job's lock, a run id, a run record that says
 * {@code running} at once and {@code succeeded} or {@code failed} (with the message) at the end, a JSON-lines log
 * with {@code run_started}, {@code run_published} or {@code run_failed}, and a staging folder removed at the end
 * whatever happened. The job's own work is the {@link Work}.
 */
public final class BatchRun {

    /** A started run as its work sees it. */
    public record Started(String runId, Instant startedAt, Path staging, RunLog log) {
    }

    /** The job's work: publishes and returns the record's row counts, or throws and nothing new is published. */
    @FunctionalInterface
    public interface Work {
        List<RunRecord.DatasetCounts> run(Started run) throws IOException;
    }

    private BatchRun() {
    }

    /**
     * Runs {@code work} as run {@code runId} (null: a new id) of {@code job}; throws {@code AlreadyRunningException}
     * if another run holds the job's lock.
     *
     * @param started   the fields of the {@code run_started} event besides the job
     * @param published the fields of the {@code run_published} event, from the finished record
     */
    public static RunRecord run(WarehouseStore store, String job, String runId, Map<String, ?> started,
                                Function<RunRecord, Map<String, ?>> published, Work work) throws IOException {
        try (RunLock lock = store.lock(job)) {
            Instant startedAt = Instant.now();
            String id = runId != null ? runId : RunIds.next(startedAt);
            Path recordFile = store.path(Layout.RUNS + "/" + id + ".json");
            Path staging = store.path(Layout.staging(id));
            store.writeJson(recordFile, new RunRecord(id, job, RunRecord.RUNNING, startedAt.toString(), null, List.of(), null));
            try (RunLog log = new RunLog(store.appendLog(store.path(Layout.RUNS + "/" + id + ".log.jsonl")), id)) {
                Map<String, Object> startFields = new LinkedHashMap<>();
                startFields.put("job", job);
                startFields.putAll(started);
                log.event("run_started", startFields);
                try {
                    List<RunRecord.DatasetCounts> counts = work.run(new Started(id, startedAt, staging, log));
                    RunRecord done = new RunRecord(id, job, RunRecord.SUCCEEDED, startedAt.toString(),
                            Instant.now().toString(), counts, null);
                    store.writeJson(recordFile, done);
                    log.event("run_published", published.apply(done));
                    return done;
                } catch (RuntimeException | IOException e) {
                    String message = Failures.message(e);
                    store.writeJson(recordFile, new RunRecord(id, job, RunRecord.FAILED, startedAt.toString(),
                            Instant.now().toString(), List.of(), message));
                    log.event("run_failed", Map.of("error", message));
                    throw e;
                } finally {
                    store.delete(staging);
                }
            }
        }
    }
}
