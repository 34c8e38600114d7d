package fi.kuntadigi.cli;

import fi.kuntadigi.ingestion.spark.SparkSessions;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.schedule.Attempt;
import fi.kuntadigi.operations.schedule.JobArguments;
import fi.kuntadigi.operations.schedule.JobRunner;
import fi.kuntadigi.operations.schedule.ProcessJobRunner;
import fi.kuntadigi.operations.schedule.RunHistory;
import fi.kuntadigi.operations.schedule.ScheduleConfig;
import fi.kuntadigi.operations.schedule.ScheduledJob;
import fi.kuntadigi.operations.schedule.Scheduler;
import fi.kuntadigi.operations.UnusableInputException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kuntadigi schedule}: runs the configured jobs on their cron schedules until stopped,
 * or one job now with {@code --run-now}. Each run is its own {@code bin/kuntadigi} process.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Run the batch jobs on their schedules (datasets/config/schedule.properties) until stopped.",
                "Runs never overlap; failures are retried with back-off; every attempt is kept in warehouse/_runs/history.jsonl."})
public final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "datasets/config/schedule.properties",
            description = "Schedule file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--warehouse", paramLabel = "DIR", defaultValue = "warehouse",
            description = "Warehouse whose _runs/ keeps the history (default: ${DEFAULT-VALUE}).")
    Path warehouse;

    @Option(names = "--run-now", paramLabel = "JOB", description = "Run this job once now (with its retries) and exit.")
    String runNow;

    @Option(names = "--list", description = "List the jobs and their next run times, then exit.")
    boolean list;

    @Override
    public Integer call() throws Exception {
        List<ScheduledJob> jobs = ScheduleConfig.load(config);
        Path runs = warehouse.resolve("_runs");
        // the jobs publish into the warehouse whose history this scheduler keeps
        JobArguments folders = new JobArguments(Map.of("--warehouse", warehouse));
        ProcessJobRunner processes = new ProcessJobRunner(launcher(), runs.resolve("output"));
        JobRunner runner = (job, runId) -> processes.run(folders.of(job), runId);
        try (Scheduler scheduler = new Scheduler(jobs, runner, new RunHistory(runs.resolve("history.jsonl")))) {
            if (list) {
                ZonedDateTime now = ZonedDateTime.now(Scheduler.ZONE);
                jobs.forEach(j -> System.out.printf("%-24s %-14s next %s  (kuntadigi %s)%n", j.name(), j.cron(),
                        Scheduler.nextRun(j, now).map(Object::toString).orElse("never"), String.join(" ", j.arguments())));
                return ExitCodes.OK;
            }
            if (runNow != null) {
                ScheduledJob job = scheduler.job(runNow).orElseThrow(() -> new UnusableInputException("no job '" + runNow
                        + "' in " + config + "; jobs: " + String.join(", ", jobs.stream().map(ScheduledJob::name).toList())));
                List<Attempt> attempts = scheduler.runNow(job);
                attempts.forEach(a -> System.out.printf("%s attempt %d run %s: %s (exit %d)%n", a.job(), a.attempt(),
                        a.runId(), a.outcome(), a.exitCode()));
                return attempts.get(attempts.size() - 1).exitCode();
            }
            System.out.println("kuntadigi scheduler: " + jobs.size() + " jobs from " + config + "; stop with Ctrl-C");
            scheduler.start();
            new CountDownLatch(1).await();
            return ExitCodes.OK;
        }
    }

    /** How a job's process is started: the same launcher this command was started with. */
    static List<String> launcher() {
        String script = System.getProperty("kuntadigi.launcher");
        if (script != null) {
            return List.of(script);
        }
        List<String> java = new ArrayList<>();
        java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        java.addAll(List.of(SparkSessions.jvmOptions().split("\\s+")));
        java.addAll(List.of("-cp", System.getProperty("java.class.path"), Kuntadigi.class.getName()));
        return java;
    }
}
