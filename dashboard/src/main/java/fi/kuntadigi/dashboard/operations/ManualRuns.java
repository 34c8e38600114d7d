package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.operations.RunIds;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.RunLock;
import fi.kuntadigi.operations.schedule.Attempt;
import fi.kuntadigi.operations.schedule.JobRunner;
import fi.kuntadigi.operations.schedule.ProcessJobRunner;
import fi.kuntadigi.operations.schedule.RunHistory;
import fi.kuntadigi.operations.schedule.ScheduledJob;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Runs an analyst starts in the dashboard: {@code ingest}, {@code analyze}, or both one after the
 * other, each as a {@code bin/kuntadigi} process. A job whose lock a live process holds (a
 * scheduled or manual run) is refused at once; every step is recorded in the run history like
 * a scheduled attempt.
 */
final class ManualRuns implements AutoCloseable {

    /** What an analyst may start. */
    enum Choice {
        INGEST(List.of("ingest")), ANALYZE(List.of("analyze")), BOTH(List.of("ingest", "analyze"));

        final List<String> jobs;

        Choice(List<String> jobs) {
            this.jobs = jobs;
        }

        static Optional<Choice> parse(String text) {
            for (Choice c : values()) {
                if (c.name().equalsIgnoreCase(text)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    /** The job is running already; nothing was started. */
    static final class AlreadyRunning extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String job;

        AlreadyRunning(String job, String holder) {
            super("another " + job + " run is in progress (" + holder + ")");
            this.job = job;
        }
    }

    /** One step of a started run, as it goes. */
    static final class Step {
        final String job;
        volatile String runId;
        volatile String state = WAITING;
        volatile Integer exitCode;

        Step(String job) {
            this.job = job;
        }
    }

    static final String WAITING = "waiting";
    static final String RUNNING = "running";
    static final String FINISHED = "finished";
    static final String NOT_RUN = "not_run";

    /** A run started in the dashboard: its steps; its id is the first step's run id. */
    static final class Run {
        final String id;
        final String user;
        final List<Step> steps;

        Run(String id, String user, List<Step> steps) {
            this.id = id;
            this.user = user;
            this.steps = List.copyOf(steps);
        }

        boolean done() {
            return steps.stream().allMatch(s -> s.state.equals(FINISHED) || s.state.equals(NOT_RUN));
        }
    }

    private final JobCommands commands;
    private final Path locks;
    private final RunHistory history;
    private final JobRunner processes;
    private final Map<String, Run> byId = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dashboard-run");
        t.setDaemon(true);
        return t;
    });

    ManualRuns(JobCommands commands, Path locks, Path outputDir, RunHistory history) {
        this.commands = commands;
        this.locks = locks;
        this.history = history;
        this.processes = new ProcessJobRunner(commands.launcher(), outputDir);
    }

    /** Starts the chosen jobs, or throws {@link AlreadyRunning} when one of them is running. */
    synchronized Run start(Choice choice, String user) {
        for (String job : choice.jobs) {
            Optional<Run> mine = byId.values().stream().filter(r -> !r.done())
                    .filter(r -> r.steps.stream().anyMatch(s -> s.job.equals(job))).findFirst();
            if (mine.isPresent()) {
                throw new AlreadyRunning(job, "started in the dashboard by " + mine.get().user);
            }
            Optional<RunLock.Holder> holder = RunLock.liveHolder(locks, job);
            if (holder.isPresent()) {
                throw new AlreadyRunning(job, holder.get().toString());
            }
        }
        List<Step> steps = choice.jobs.stream().map(Step::new).toList();
        steps.get(0).runId = RunIds.next(Instant.now());
        Run run = new Run(steps.get(0).runId, user, steps);
        byId.put(run.id, run);
        workers.execute(() -> execute(run));
        return run;
    }

    Optional<Run> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private void execute(Run run) {
        boolean go = true;
        for (Step step : run.steps) {
            if (!go) {
                step.state = NOT_RUN;
                continue;
            }
            if (step.runId == null) {
                step.runId = RunIds.next(Instant.now());
            }
            step.state = RUNNING;
            Instant started = Instant.now();
            int status;
            String message = "started in the dashboard by " + run.user;
            try {
                status = processes.run(commands.withFolders(new ScheduledJob(step.job, List.of(step.job), "* * * * *", 0,
                        Duration.ZERO)), step.runId);
            } catch (IOException e) {
                status = ExitCodes.INTERNAL_ERROR;
                message = "could not start: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = ExitCodes.INTERNAL_ERROR;
                message = "interrupted: the dashboard stopped";
                go = false;
            }
            step.exitCode = status;
            history.append(new Attempt(step.job, 1, step.runId, started.toString(), Instant.now().toString(), status,
                    outcome(status), message));
            step.state = FINISHED;
            go = go && (status == ExitCodes.OK || status == ExitCodes.OK_WITH_QUARANTINE);
        }
    }

    static String outcome(int status) {
        return switch (status) {
            case ExitCodes.OK -> Attempt.SUCCEEDED;
            case ExitCodes.OK_WITH_QUARANTINE -> Attempt.SUCCEEDED_WITH_QUARANTINE;
            case ExitCodes.ALREADY_RUNNING -> Attempt.SKIPPED;
            default -> Attempt.FAILED;
        };
    }

    /** Stops waiting for the runs; their processes are destroyed. */
    @Override
    public void close() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Run> active() {
        return new ArrayList<>(byId.values().stream().filter(r -> !r.done()).toList());
    }
}
