package fi.kuntadigi.dashboard.warehouse;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.operations.RunRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The run records in {@code warehouse/_runs/*.json}, read as {@link RunRecord}s: the one place the
 * dashboard reads them. A file being rewritten, or one that is not a run record, is left out.
 */
public final class RunRecords {

    /** A run id as {@code RunIds} makes them (and older test ids): no path characters. */
    private static final Pattern RUN_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,63}");

    private final Warehouse warehouse;

    public RunRecords(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Whether the text is a run id, safe to name a file by. */
    public static boolean validId(String id) {
        return id != null && RUN_ID.matcher(id).matches();
    }

    /** The newest records by run id (ids start with their start time), at most {@code limit}. */
    public List<RunRecord> newestFirst(int limit) {
        return files().sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                .map(RunRecords::read).flatMap(Optional::stream).limit(limit).toList();
    }

    /** Every record, in no particular order. */
    public List<RunRecord> all() {
        return files().map(RunRecords::read).flatMap(Optional::stream).toList();
    }

    /** The record of one run, if the id is valid and the run has one. */
    public Optional<RunRecord> find(String runId) {
        return validId(runId) ? read(warehouse.runs().resolve(runId + ".json")) : Optional.empty();
    }

    /** When the newest successful ingest run finished. */
    public Optional<Instant> lastSuccessfulIngest() {
        return newestFirst(50).stream()
                .filter(r -> "ingest".equals(r.job()) && String.valueOf(r.status()).startsWith(RunRecord.SUCCEEDED))
                .findFirst()
                .flatMap(r -> Optional.ofNullable(r.finishedAt()))
                .map(Instant::parse);
    }

    private Stream<Path> files() {
        Path dir = warehouse.runs();
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<RunRecord> read(Path file) {
        return Json.readIfPresent(file, RunRecord.class).filter(r -> r.runId() != null);
    }
}
