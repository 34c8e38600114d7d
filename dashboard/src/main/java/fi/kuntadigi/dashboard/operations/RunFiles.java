package fi.kuntadigi.dashboard.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.warehouse.RunRecords;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.operations.RunRecord;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.schedule.Attempt;
import fi.kuntadigi.operations.schedule.RunHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the warehouse's {@code _runs/} folder says about runs: the history of attempts, each
 * run's record (row counts, error), its structured log and its console output.
 */
final class RunFiles {

    private static final int LOG_LINES = 500;

    private final Warehouse warehouse;
    private final RunHistory history;
    private final RunRecords records;

    RunFiles(Warehouse warehouse, RunHistory history) {
        this.warehouse = warehouse;
        this.history = history;
        this.records = new RunRecords(warehouse);
    }

    RunHistory history() {
        return history;
    }

    Path outputDir() {
        return warehouse.runs().resolve("output");
    }

    static boolean validId(String id) {
        return RunRecords.validId(id);
    }

    /** One row of the history as the dashboard shows it (and as {@code /api/runs/history} gives it). */
    record Row(@JsonProperty("job") String job, @JsonProperty("attempt") int attempt,
               @JsonProperty("run_id") String runId, @JsonProperty("started_at") String startedAt,
               @JsonProperty("finished_at") String finishedAt, @JsonProperty("exit_code") int exitCode,
               @JsonProperty("status") String outcome, @JsonProperty("rows_read") Long rowsRead,
               @JsonProperty("rows_published") Long rowsPublished, @JsonProperty("rows_quarantined") Long rowsQuarantined,
               @JsonProperty("error") String error, @JsonProperty("manifest_id") String manifestId) {
    }

    /**
     * The history, newest start first: every attempt joined with its run's record, and the runs
     * that have a record but no attempt (started on the command line); at most {@code limit} rows.
     */
    List<Row> newestFirst(int limit) {
        List<Attempt> attempts = history.all();
        Set<String> attempted = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Attempt a : attempts) {
            rows.add(row(a));
            if (a.runId() != null) {
                attempted.add(a.runId());
            }
        }
        for (RunRecord r : records.all()) {
            if (!attempted.contains(r.runId())) {
                rows.add(row(r));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> String.valueOf(r.startedAt())).reversed());
        return rows.stream().limit(limit).toList();
    }

    Optional<Attempt> attempt(String runId) {
        return history.all().stream().filter(a -> runId.equals(a.runId())).reduce((a, b) -> b);
    }

    private Row row(Attempt a) {
        Optional<RunRecord> record = a.runId() == null ? Optional.empty() : records.find(a.runId());
        Counts counts = record.map(Counts::of).orElse(Counts.NONE);
        boolean failed = !a.outcome().startsWith(Attempt.SUCCEEDED);
        String error = record.map(RunRecord::error).orElse(null);
        if (error == null && failed) {
            error = a.runId() == null ? a.message() : lastProblem(a.runId()).orElse(a.message());
        }
        String manifest = record.filter(r -> RunRecord.SUCCEEDED.equals(r.status())).map(RunRecord::runId).orElse(null);
        return new Row(a.job(), a.attempt(), a.runId(), a.startedAt(), a.finishedAt(), a.exitCode(), a.outcome(),
                counts.read, counts.published, counts.quarantined, error, manifest);
    }

    /** A run with a record only: its outcome and exit status from its record. */
    private Row row(RunRecord r) {
        Counts counts = Counts.of(r);
        boolean ok = RunRecord.SUCCEEDED.equals(r.status());
        int exit = ok ? (r.quarantined() > 0 ? ExitCodes.OK_WITH_QUARANTINE : ExitCodes.OK)
                : RunRecord.RUNNING.equals(r.status()) ? -1 : ExitCodes.INTERNAL_ERROR;
        String outcome = ok ? (r.quarantined() > 0 ? Attempt.SUCCEEDED_WITH_QUARANTINE : Attempt.SUCCEEDED)
                : RunRecord.RUNNING.equals(r.status()) ? RunRecord.RUNNING : Attempt.FAILED;
        return new Row(r.job(), 1, r.runId(), r.startedAt(), r.finishedAt(), exit, outcome, counts.read, counts.published,
                counts.quarantined, r.error(), ok ? r.runId() : null);
    }

    /** Row counts summed over a run's datasets; null when it has none. */
    private record Counts(Long read, Long published, Long quarantined) {
        static final Counts NONE = new Counts(null, null, null);

        static Counts of(RunRecord r) {
            if (r.datasets() == null || r.datasets().isEmpty()) {
                return NONE;
            }
            return new Counts(r.datasets().stream().mapToLong(RunRecord.DatasetCounts::read).sum(),
                    r.datasets().stream().mapToLong(RunRecord.DatasetCounts::published).sum(),
                    r.quarantined());
        }
    }

    /** The run's record {@code _runs/<id>.json}. */
    Optional<RunRecord> record(String runId) {
        return records.find(runId);
    }

    /** The run's structured log, one JSON object per line; lines cut short are skipped. */
    List<JsonNode> log(String runId) {
        Path file = warehouse.runs().resolve(runId + ".log.jsonl");
        List<JsonNode> events = new ArrayList<>();
        if (!validId(runId) || !Files.isRegularFile(file)) {
            return events;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    events.add(Json.mapper().readTree(line));
                } catch (IOException torn) {
                    // a line still being written
                }
            }
        } catch (IOException e) {
            return events;
        }
        return events.size() > LOG_LINES ? events.subList(events.size() - LOG_LINES, events.size()) : events;
    }

    /** The last "kuntadigi: ..." line of the run's console output: what the job said was wrong. */
    Optional<String> lastProblem(String runId) {
        Path file = outputDir().resolve(runId + ".out");
        if (!validId(runId) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> said = JobCommands.complaints(Files.readAllLines(file, StandardCharsets.UTF_8));
            return said.isEmpty() ? Optional.empty() : Optional.of(said.get(said.size() - 1));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
