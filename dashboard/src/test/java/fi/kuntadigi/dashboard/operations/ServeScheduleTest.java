package fi.kuntadigi.dashboard.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.dashboard.TestServer;
import fi.kuntadigi.operations.schedule.Attempt;
import fi.kuntadigi.operations.schedule.RunHistory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --schedule}: the real server runs the scheduler of a schedule file in-process; its
 * jobs are processes of the launcher, recorded in the same history the dashboard shows; stopping
 * the server stops the scheduler.
 */
class ServeScheduleTest {

    @TempDir
    Path dir;

    @Test
    void theServerRunsTheScheduleAndRecordsEveryRunInTheHistoryUntilItStops() throws Exception {
        Path config = Files.writeString(dir.resolve("schedule.properties"), """
                job.every-second-ingest.command = ingest
                job.every-second-ingest.cron = * * * * * *
                job.every-second-ingest.retries = 0
                """);
        List<String> launcher = TestLauncher.write(dir, 0.1);
        Path history;
        try (TestServer server = new TestServer(dir, ops -> ops.withLauncher(launcher).withSchedule(true, config))) {
            history = server.warehouse().resolve("_runs/history.jsonl");
            Attempt scheduled = awaitScheduled(new RunHistory(history));
            assertEquals(Attempt.SUCCEEDED_WITH_QUARANTINE, scheduled.outcome());
            assertTrue(Files.readString(server.warehouse().resolve("_runs/" + scheduled.runId() + ".log.jsonl"))
                    .contains("run_published"), "the job got the dashboard's warehouse");

            HttpClient analyst = TestServer.client();
            server.login(analyst, "analyst");
            JsonNode runs = new ObjectMapper().readTree(server.get(analyst, "/api/runs/history").body()).get("runs");
            assertTrue(runs.toString().contains("\"run_id\":\"" + scheduled.runId() + "\""), runs.toString());
            String data = server.get(analyst, "/data").body();
            assertTrue(data.matches("(?s).*every-second-ingest \\(\\* \\* \\* \\* \\* \\*; seuraavaksi \\d{1,2}\\.\\d{1,2}\\.20\\d\\d klo .*"),
                    "scheduler notice, its next run as a Finn writes it: " + data);
        }
        Thread.sleep(500);
        int afterStop = new RunHistory(history).all().size();
        Thread.sleep(2500);
        assertEquals(afterStop, new RunHistory(history).all().size(), "no run after the server stopped");
    }

    @Test
    void aBadScheduleFileStopsTheServerFromStartingWithTheReason() throws Exception {
        Path config = Files.writeString(dir.resolve("schedule.properties"), "job.x.command = ingest\njob.x.cron = 0 25 * * *\n");
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> new TestServer(dir, ops -> ops.withLauncher(List.of("true")).withSchedule(true, config)).close());
        assertTrue(e.getMessage().contains("job.x.cron '0 25 * * *' is not a valid cron expression"), e.getMessage());
    }

    private static Attempt awaitScheduled(RunHistory history) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < end) {
            for (Attempt a : history.all()) {
                if (a.job().equals("every-second-ingest") && !a.outcome().equals(Attempt.SKIPPED)) {
                    return a;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no scheduled run in " + history.all());
    }
}
