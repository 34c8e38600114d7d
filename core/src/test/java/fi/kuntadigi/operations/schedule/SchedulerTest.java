package fi.kuntadigi.operations.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.operations.UnusableInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler running real processes (a shell standing in for bin/kuntadigi). */
class SchedulerTest {

    @TempDir
    Path tmp;

    /** A launcher whose job "arguments" are a shell script; the run id argument is ignored. */
    private Scheduler scheduler(RunHistory history, ScheduledJob... jobs) {
        return new Scheduler(List.of(jobs), new ProcessJobRunner(List.of("sh", "-c"), tmp.resolve("logs")), history);
    }

    private static ScheduledJob job(String script, int retries) {
        return new ScheduledJob("nightly", List.of(script + "; #"), "0 2 * * *", retries, Duration.ofMillis(20));
    }

    @Test
    void successIsRecordedOnce() {
        RunHistory history = new RunHistory(tmp.resolve("history.jsonl"));
        List<Attempt> attempts = scheduler(history).runNow(job("exit 0", 2));

        assertEquals(1, attempts.size());
        assertEquals(Attempt.SUCCEEDED, attempts.get(0).outcome());
        assertEquals(1, history.all().size());
    }

    @Test
    void aRunsLogIsOwnerOnly() throws Exception {
        new ProcessJobRunner(List.of("sh", "-c"), tmp.resolve("logs")).run(job("echo row 7: Karvia", 0), "run-1");
        Path log = tmp.resolve("logs").resolve("run-1.out");
        assertEquals("row 7: Karvia\n", Files.readString(log));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    }

    @Test
    void aJobAfterAnotherRunsWhenThatOneSucceeds() throws Exception {
        Path made = tmp.resolve("report-made");
        ScheduledJob analyze = new ScheduledJob("nightly-analyze", List.of("exit 0; #"), "30 2 * * *", 0, Duration.ZERO);
        ScheduledJob report = new ScheduledJob("report", List.of("touch " + made + "; #"), "0 4 * * *", 0, Duration.ZERO,
                "nightly-analyze");
        RunHistory history = new RunHistory(tmp.resolve("history.jsonl"));

        scheduler(history, analyze, report).runNow(analyze);

        assertTrue(Files.exists(made));
        assertEquals(List.of("nightly-analyze", "report"), history.all().stream().map(Attempt::job).toList());
    }

    @Test
    void aJobAfterAnotherDoesNotRunWhenThatOneFails() {
        Path made = tmp.resolve("report-made");
        ScheduledJob analyze = new ScheduledJob("nightly-analyze", List.of("exit 4; #"), "30 2 * * *", 0, Duration.ZERO);
        ScheduledJob report = new ScheduledJob("report", List.of("touch " + made + "; #"), "0 4 * * *", 0, Duration.ZERO,
                "nightly-analyze");

        scheduler(new RunHistory(tmp.resolve("h.jsonl")), analyze, report).runNow(analyze);

        assertTrue(Files.notExists(made));
    }

    @Test
    void configRefusesAnAfterThatNamesNoJob() throws Exception {
        Path config = tmp.resolve("schedule.properties");
        Files.writeString(config, """
                job.analyze.command = analyze
                job.analyze.cron = 30 2 * * *
                job.report.command = report
                job.report.cron = 0 4 * * *
                job.report.after = nightly-analyze
                """);
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> ScheduleConfig.load(config));
        assertEquals(config + ": job.report.after names 'nightly-analyze', which is not a job of this file; name one of"
                + " analyze, report", e.getMessage());
    }

    @Test
    void quarantinedRowsStillCountAsSuccess() {
        List<Attempt> attempts = scheduler(new RunHistory(tmp.resolve("h.jsonl"))).runNow(job("exit 3", 2));
        assertEquals(List.of(Attempt.SUCCEEDED_WITH_QUARANTINE), attempts.stream().map(Attempt::outcome).toList());
    }

    @Test
    void failureIsRetriedWithBackoffThenMarkedFailed() {
        RunHistory history = new RunHistory(tmp.resolve("history.jsonl"));

        List<Attempt> attempts = scheduler(history).runNow(job("exit 1", 2));

        assertEquals(List.of(Attempt.RETRYING, Attempt.RETRYING, Attempt.FAILED), attempts.stream().map(Attempt::outcome).toList());
        assertEquals(List.of(1, 2, 3), attempts.stream().map(Attempt::attempt).toList());
        assertEquals(3, history.all().size());
    }

    @Test
    void failureThatRecoversOnRetryEndsSucceeded() throws Exception {
        Path marker = tmp.resolve("second-time");
        List<Attempt> attempts = scheduler(new RunHistory(tmp.resolve("h.jsonl")))
                .runNow(job("test -e " + marker + " || { touch " + marker + "; exit 1; }", 2));

        assertEquals(List.of(Attempt.RETRYING, Attempt.SUCCEEDED), attempts.stream().map(Attempt::outcome).toList());
    }

    @Test
    void unusableInputIsNotRetried() {
        List<Attempt> attempts = scheduler(new RunHistory(tmp.resolve("h.jsonl"))).runNow(job("exit 4", 3));
        assertEquals(List.of(Attempt.FAILED), attempts.stream().map(Attempt::outcome).toList());
    }

    @Test
    void aJobStillRunningIsNotStartedAgain() throws Exception {
        Scheduler scheduler = scheduler(new RunHistory(tmp.resolve("h.jsonl")));
        ScheduledJob slow = job("sleep 1", 0);
        CompletableFuture<List<Attempt>> first = CompletableFuture.supplyAsync(() -> scheduler.runNow(slow));
        Thread.sleep(300);

        List<Attempt> second = scheduler.runNow(slow);

        assertEquals(List.of(Attempt.SKIPPED), second.stream().map(Attempt::outcome).toList());
        assertEquals(Attempt.SUCCEEDED, first.get().get(0).outcome());
    }

    @Test
    void lockHeldByAManualRunMakesTheScheduledRunASkip() {
        List<Attempt> attempts = scheduler(new RunHistory(tmp.resolve("h.jsonl"))).runNow(job("exit 5", 2));
        assertEquals(List.of(Attempt.SKIPPED), attempts.stream().map(Attempt::outcome).toList());
    }

    @Test
    void historySurvivesARestartAndSkipsATornLine() throws Exception {
        Path file = tmp.resolve("history.jsonl");
        scheduler(new RunHistory(file)).runNow(job("exit 0", 0));
        Files.writeString(file, "{\"job\":\"nigh", StandardOpenOption.APPEND);

        List<Attempt> reread = new RunHistory(file).all();

        assertEquals(1, reread.size());
        assertEquals("nightly", reread.get(0).job());
        assertTrue(reread.get(0).runId().matches("\\d{8}T\\d{6}\\.\\d{3}Z-[0-9a-f]{4}"), reread.get(0).runId());
    }

    @Test
    void nextRunFollowsTheCronExpressionInFinnishTime() {
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 28, 23, 0, 0, 0, Scheduler.ZONE);
        ZonedDateTime next = Scheduler.nextRun(job("exit 0", 0), now).orElseThrow();
        assertEquals(ZonedDateTime.of(2026, 3, 29, 2, 0, 0, 0, Scheduler.ZONE), next);
    }

    @Test
    void closingTheSchedulerEndsARunningJobWithItsChildrenAndRecordsIt() throws Exception {
        RunHistory history = new RunHistory(tmp.resolve("h.jsonl"));
        Path pid = tmp.resolve("child.pid");
        ScheduledJob slow = new ScheduledJob("nightly", List.of("sleep 30 & echo $! > " + pid + "; wait; #"), "* * * * * *", 0,
                Duration.ofMillis(20));
        Scheduler scheduler = scheduler(history, slow);
        scheduler.start();
        long end = System.currentTimeMillis() + 10_000;
        while (!(Files.exists(pid) && !Files.readString(pid).isBlank()) && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        long child = Long.parseLong(Files.readString(pid).strip());

        scheduler.close();

        assertEquals(List.of("interrupted"), history.all().stream().map(Attempt::message).toList());
        long gone = System.currentTimeMillis() + 5_000;
        while (ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false) && System.currentTimeMillis() < gone) {
            Thread.sleep(50);
        }
        Path stat = Path.of("/proc/" + child + "/stat");
        assertTrue(ProcessHandle.of(child).map(h -> !h.isAlive()).orElse(true), "the job's child process was ended: "
                + (Files.exists(stat) ? Files.readString(stat) : "gone"));
    }

    @Test
    void batchJobsGetTheSchedulersFoldersUnlessTheyNameTheirOwn() {
        JobArguments folders = new JobArguments(Map.of("--warehouse", Path.of("/srv/warehouse")));
        assertEquals(List.of("ingest", "--source", "transactions", "--warehouse", "/srv/warehouse"),
                folders.of(List.of("ingest", "--source", "transactions")));
        assertEquals(List.of("analyze", "--warehouse=/elsewhere"), folders.of(List.of("analyze", "--warehouse=/elsewhere")));
        assertEquals(List.of("generate"), folders.of(List.of("generate")));
    }

    @Test
    void sixFieldsAreReadWithSecondsFirst() {
        ZonedDateTime now = ZonedDateTime.of(2026, 3, 28, 23, 0, 10, 0, Scheduler.ZONE);
        ScheduledJob everyTenSeconds = new ScheduledJob("often", List.of("ingest"), "*/10 * * * * *", 0, Duration.ZERO);
        assertEquals(now.plusSeconds(10), Scheduler.nextRun(everyTenSeconds, now).orElseThrow());
    }

    @Test
    void configReadsJobsAndRejectsABadCronWithTheKey() throws Exception {
        Path config = tmp.resolve("schedule.properties");
        Files.writeString(config, """
                job.nightly-ingest.command = ingest --source transactions
                job.nightly-ingest.cron = 0 2 * * *
                job.nightly-ingest.retries = 1
                job.nightly-ingest.backoff = PT10M
                """);
        ScheduledJob parsed = ScheduleConfig.load(config).get(0);
        assertEquals(new ScheduledJob("nightly-ingest", List.of("ingest", "--source", "transactions"), "0 2 * * *", 1,
                Duration.ofMinutes(10)), parsed);

        Files.writeString(config, "job.x.command = ingest\njob.x.cron = 0 25 * * *\n");
        UnusableInputException e = assertThrows(UnusableInputException.class, () -> ScheduleConfig.load(config));
        assertTrue(e.getMessage().startsWith(config + ": job.x.cron '0 25 * * *' is not a valid cron expression"), e.getMessage());
    }
}
