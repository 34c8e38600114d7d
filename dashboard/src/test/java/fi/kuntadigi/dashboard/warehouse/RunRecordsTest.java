package fi.kuntadigi.dashboard.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.operations.RunRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run records read as records: newest first, a half-written or foreign file left out. */
class RunRecordsTest {

    @TempDir
    Path dir;

    private RunRecords records() throws Exception {
        Path runs = Files.createDirectories(dir.resolve("_runs"));
        Files.writeString(runs.resolve("20260101T010000Z-a.json"), """
                {"run_id": "20260101T010000Z-a", "job": "ingest", "status": "succeeded", "started_at": "2026-01-01T01:00:00Z",
                 "finished_at": "2026-01-01T01:05:00Z", "datasets": [
                   {"dataset": "transactions", "source": "transactions", "rows_read": 21, "rows_published": 20,
                    "rows_quarantined": 1, "elapsed_ms": 9}], "error": null, "written_by": "a newer version"}""");
        Files.writeString(runs.resolve("20260102T010000Z-b.json"), """
                {"run_id": "20260102T010000Z-b", "job": "ingest", "status": "failed", "started_at": "2026-01-02T01:00:00Z",
                 "finished_at": "2026-01-02T01:01:00Z", "datasets": [], "error": "no inputs"}""");
        Files.writeString(runs.resolve("20260103T010000Z-c.json"), "{\"run_id\": \"20260103T0100");
        Files.writeString(runs.resolve("schedule.json"), "{\"jobs\": []}");
        return new RunRecords(new Warehouse(dir));
    }

    @Test
    void recordsAreReadNewestFirstWithoutTornOrForeignFiles() throws Exception {
        List<RunRecord> runs = records().newestFirst(10);
        assertEquals(List.of("20260102T010000Z-b", "20260101T010000Z-a"), runs.stream().map(RunRecord::runId).toList());
        assertEquals(1, runs.get(1).quarantined());
        assertEquals(20, runs.get(1).datasets().get(0).published());
    }

    @Test
    void theLastSuccessfulIngestIsTheNewestThatSucceeded() throws Exception {
        assertEquals(Optional.of(Instant.parse("2026-01-01T01:05:00Z")), records().lastSuccessfulIngest());
    }

    @Test
    void aRunIsFoundByItsIdAndAPathIsNoId() throws Exception {
        RunRecords records = records();
        assertEquals("no inputs", records.find("20260102T010000Z-b").orElseThrow().error());
        assertEquals(Optional.empty(), records.find("../_runs/20260102T010000Z-b"));
    }
}
