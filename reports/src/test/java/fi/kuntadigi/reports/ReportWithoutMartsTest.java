package fi.kuntadigi.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.catalog.ReportFiles;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.reports.run.ReportRequest;
import fi.kuntadigi.reports.run.ReportRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A warehouse without marts: the run fails before starting anything, says what to run, and keeps the earlier reports. */
class ReportWithoutMartsTest {

    @TempDir
    Path warehouse;

    @Test
    void runFailsAsUnusableInputNamingTheMartAndTheFixAndKeepsTheEarlierReports() throws Exception {
        Path earlier = Files.createDirectories(warehouse.resolve("_reports/20260101T000000Z-old"));
        Files.writeString(earlier.resolve("steering-fi.pdf"), "%PDF-1.7 earlier pack");
        ReportRun.Outcome outcome = new ReportRun(new ReportRequest(warehouse, Set.of(ReportFiles.STEERING), List.of(Lang.FI),
                null, null, "20260201T000000Z-test", false, false)).run();
        assertEquals(ExitCodes.UNUSABLE_INPUT, outcome.exitCode());
        assertTrue(outcome.message().matches("mart \\w+ is missing from .*: run 'bin/kuntadigi analyze' first; the earlier reports are kept"),
                outcome.message());
        assertEquals("%PDF-1.7 earlier pack", Files.readString(earlier.resolve("steering-fi.pdf")));
        try (var runs = Files.list(warehouse.resolve("_reports"))) {
            assertEquals(List.of(earlier), runs.toList());
        }
        assertEquals("failed", new ObjectMapper().readTree(warehouse.resolve("_runs/20260201T000000Z-test.json").toFile())
                .path("status").asText());
    }
}
