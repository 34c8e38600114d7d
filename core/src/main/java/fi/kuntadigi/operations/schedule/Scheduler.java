package fi.kuntadigi.operations.schedule;

import com.cronutils.model.time.ExecutionTime;
import fi.kuntadigi.calendar.FinnishCalendar;
import fi.kuntadigi.operations.RunIds;
import fi.kuntadigi.operations.ExitCodes;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the batch jobs on their cron schedules (Finnish local time). A job never overlaps
 * itself: a run still going, or a lock held by a manual run, makes the next one a recorded
 * skip. A failed run is retried after a growing back-off, then marked failed; an unusable
 * input is not retried — it needs a person. A job that succeeded starts the jobs that name it as
 * their {@code after} (e.g. the reports after the night's analyze). Every attempt goes to the run history.
 */
public final class Scheduler implements AutoCloseable {

    public static final ZoneId ZONE = FinnishCalendar.ZONE;

    private final List<ScheduledJob> jobs;
    private final JobRunner runner;
    private final RunHistory history;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "scheduler");
        t.setDaemon(true);
        return t;
    });

    public Scheduler(List<ScheduledJob> jobs, JobRunner runner, RunHistory history) {
        this.jobs = List.copyOf(jobs);
        this.runner = runner;
        this.history = history;
    }

    public Optional<ScheduledJob> job(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    /** When the job runs next after {@code now}. */
    public static Optional<ZonedDateTime> nextRun(ScheduledJob job, ZonedDateTime now) {
        return ExecutionTime.forCron(ScheduleConfig.cron(job.cron())).nextExecution(now);
    }

    /** Starts the timers: each job runs at its next cron time, then schedules its following one. */
    public void start() {
        jobs.forEach(this::scheduleNext);
    }

    private void scheduleNext(ScheduledJob job) {
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        nextRun(job, now).ifPresent(at -> timer.schedule(() -> {
            try {
                runNow(job);
            } finally {
                scheduleNext(job);
            }
        }, Duration.between(now, at).toMillis(), TimeUnit.MILLISECONDS));
    }

    /**
     * Runs a job now with its retries, unless it is already running, then (if it succeeded) the jobs that run
     * after it; returns the attempts made of this job (the followers' go to the history).
     */
    public List<Attempt> runNow(ScheduledJob job) {
        List<Attempt> attempts = runWithRetries(job);
        String last = attempts.get(attempts.size() - 1).outcome();
        if (last.equals(Attempt.SUCCEEDED) || last.equals(Attempt.SUCCEEDED_WITH_QUARANTINE)) {
            jobs.stream().filter(j -> job.name().equals(j.after())).forEach(this::runNow);
        }
        return attempts;
    }

    private List<Attempt> runWithRetries(ScheduledJob job) {
        List<Attempt> attempts = new ArrayList<>();
        if (!running.add(job.name())) {
            attempts.add(record(job, 0, null, Instant.now(), ExitCodes.ALREADY_RUNNING, "a run of this job is still going", false));
            return attempts;
        }
        try {
            for (int attempt = 1; ; attempt++) {
                Instant started = Instant.now();
                String runId = RunIds.next(started);
                int status;
                String message = null;
                try {
                    status = runner.run(job, runId);
                } catch (IOException e) {
                    status = ExitCodes.INTERNAL_ERROR;
                    message = "could not start: " + e.getMessage();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    attempts.add(record(job, attempt, runId, started, ExitCodes.INTERNAL_ERROR, "interrupted", false));
                    return attempts;
                }
                boolean retry = retryable(status) && attempt <= job.retries();
                attempts.add(record(job, attempt, runId, started, status, message, retry));
                if (!retry) {
                    return attempts;
                }
                if (!pause(job.backoff().multipliedBy(1L << (attempt - 1)))) {
                    return attempts;
                }
            }
        } finally {
            running.remove(job.name());
        }
    }

    private static boolean retryable(int status) {
        return status != ExitCodes.OK && status != ExitCodes.OK_WITH_QUARANTINE
                && status != ExitCodes.UNUSABLE_INPUT && status != ExitCodes.ALREADY_RUNNING
                && status != ExitCodes.USAGE;
    }

    private Attempt record(ScheduledJob job, int attempt, String runId, Instant started, int status, String message,
                           boolean retry) {
        Attempt a = new Attempt(job.name(), attempt, runId, started.toString(), Instant.now().toString(), status,
                retry ? Attempt.RETRYING : outcome(status), message);
        history.append(a);
        return a;
    }

    private static String outcome(int status) {
        return switch (status) {
            case ExitCodes.OK -> Attempt.SUCCEEDED;
            case ExitCodes.OK_WITH_QUARANTINE -> Attempt.SUCCEEDED_WITH_QUARANTINE;
            case ExitCodes.ALREADY_RUNNING -> Attempt.SKIPPED;
            default -> Attempt.FAILED;
        };
    }

    private static boolean pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the timers and ends a job still running (recorded as interrupted), waiting up to ten seconds for that. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
