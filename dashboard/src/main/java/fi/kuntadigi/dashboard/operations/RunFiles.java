package fi.kuntadigi.dashboard.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.data.Json;
import fi.kuntadigi.operations.schedule.Attempt;
import fi.kuntadigi.operations.schedule.RunHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the warehouse's {@code _runs/} folder says about runs: the history of attempts, each
 * run's record (row counts, error), its structured log and its console output.
 */
final class RunFiles {

    /** A run id as {@code RunIds} makes them (and older test ids): no path characters. */
    static final Pattern RUN_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,63}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOG_LINES = 500;

    private final Warehouse warehouse;
    private final RunHistory history;

    RunFiles(Warehouse warehouse, RunHistory history) {
        this.warehouse = warehouse;
        this.history = history;
    }

    RunHistory history() {
        return history;
    }

    Path outputDir() {
        return warehouse.runs().resolve("output");
    }

    static boolean validId(String id) {
        return id != null && RUN_ID.matcher(id).matches();
    }

    /** One row of the history as the dashboard shows it (and as {@code /api/runs/history} gives it). */
    record Row(@JsonProperty("job") String job, @JsonProperty("attempt") int attempt,
               @JsonProperty("run_id") String runId, @JsonProperty("started_at") String startedAt,
               @JsonProperty("finished_at") String finishedAt, @JsonProperty("exit_code") int exitCode,
               @JsonProperty("status") String outcome, @JsonProperty("rows_read") Long rowsRead,
               @JsonProperty("rows_published") Long rowsPublished, @JsonProperty("rows_quarantined") Long rowsQuarantined,
               @JsonProperty("error") String error, @JsonProperty("manifest_id") String manifestId) {
    }

    /** The history, newest start first, joined with each run's record; at most {@code limit} rows. */
    List<Row> newestFirst(int limit) {
        List<Attempt> attempts = new ArrayList<>(history.all());
        attempts.sort(Comparator.comparing((Attempt a) -> String.valueOf(a.startedAt())).reversed());
        return attempts.stream().limit(limit).map(this::row).toList();
    }

    Optional<Attempt> attempt(String runId) {
        return history.all().stream().filter(a -> runId.equals(a.runId())).reduce((a, b) -> b);
    }

    private Row row(Attempt a) {
        Optional<JsonNode> record = a.runId() == null ? Optional.empty() : record(a.runId());
        Long read = null;
        Long published = null;
        Long quarantined = null;
        if (record.isPresent() && record.get().path("datasets").size() > 0) {
            read = 0L;
            published = 0L;
            quarantined = 0L;
            for (JsonNode d : record.get().path("datasets")) {
                read += d.path("rows_read").asLong();
                published += d.path("rows_published").asLong();
                quarantined += d.path("rows_quarantined").asLong();
            }
        }
        boolean failed = !a.outcome().startsWith(Attempt.SUCCEEDED);
        String error = record.map(r -> Json.text(r, "error")).orElse(null);
        if (error == null && failed) {
            error = a.runId() == null ? a.message() : lastProblem(a.runId()).orElse(a.message());
        }
        String status = record.map(r -> Json.text(r, "status")).orElse(null);
        String manifest = "succeeded".equals(status) ? a.runId() : null;
        return new Row(a.job(), a.attempt(), a.runId(), a.startedAt(), a.finishedAt(), a.exitCode(), a.outcome(), read,
                published, quarantined, error, manifest);
    }

    /** The run's record {@code _runs/<id>.json}. */
    Optional<JsonNode> record(String runId) {
        return validId(runId) ? Json.read(warehouse.runs().resolve(runId + ".json")) : Optional.empty();
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
                    events.add(JSON.readTree(line));
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
