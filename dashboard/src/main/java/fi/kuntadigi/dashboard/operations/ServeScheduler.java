package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.operations.schedule.JobRunner;
import fi.kuntadigi.operations.schedule.ProcessJobRunner;
import fi.kuntadigi.operations.schedule.RunHistory;
import fi.kuntadigi.operations.schedule.ScheduleConfig;
import fi.kuntadigi.operations.schedule.ScheduledJob;
import fi.kuntadigi.operations.schedule.Scheduler;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code serve --schedule}: the same scheduler as {@code bin/kuntadigi schedule} — the same
 * schedule file, job locks and run history — inside the dashboard's process. The jobs still run
 * as {@code bin/kuntadigi} processes, so Spark never enters the dashboard's JVM.
 */
final class ServeScheduler implements AutoCloseable {

    private final Scheduler scheduler;
    private final List<ScheduledJob> jobs;

    private ServeScheduler(Scheduler scheduler, List<ScheduledJob> jobs) {
        this.scheduler = scheduler;
        this.jobs = jobs;
    }

    /** Reads the schedule (failing with the file's problem) and starts the timers. */
    static ServeScheduler start(Path config, JobCommands commands, Path outputDir, RunHistory history) {
        List<ScheduledJob> jobs = ScheduleConfig.load(config);
        if (commands.launcher().isEmpty()) {
            throw new IllegalStateException("the scheduler needs bin/kuntadigi to start the jobs: start the dashboard with"
                    + " 'bin/kuntadigi serve --schedule'");
        }
        JobRunner processes = new ProcessJobRunner(commands.launcher(), outputDir);
        JobRunner runner = (job, runId) -> processes.run(commands.withFolders(job), runId);
        Scheduler scheduler = new Scheduler(jobs, runner, history);
        scheduler.start();
        return new ServeScheduler(scheduler, jobs);
    }

    List<ScheduledJob> jobs() {
        return jobs;
    }

    /** Stops the timers; a job process already started is interrupted and destroyed. */
    @Override
    public void close() {
        scheduler.close();
    }
}
