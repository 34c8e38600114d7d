package fi.kuntadigi.operations.schedule;

import java.time.Duration;
import java.util.List;

/**
 * A batch job on a schedule: the command-line arguments it runs ({@code ingest}, {@code analyze} …),
 * when (a Unix cron expression, Finnish local time), how often to retry a failure, and optionally the
 * job after whose success it also runs ({@code after}, e.g. the reports after the night's analyze).
 */
public record ScheduledJob(String name, List<String> arguments, String cron, int retries, Duration backoff, String after) {

    public ScheduledJob {
        arguments = List.copyOf(arguments);
    }

    /** A job that runs on its cron schedule only. */
    public ScheduledJob(String name, List<String> arguments, String cron, int retries, Duration backoff) {
        this(name, arguments, cron, retries, backoff, null);
    }
}
