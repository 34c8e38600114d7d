package fi.kuntadigi.operations.schedule;

import java.time.Duration;
import java.util.List;

/**
 * A batch job on a schedule: the command-line arguments it runs ({@code ingest}, {@code analyze} …),
 * when (a Unix cron expression, Finnish local time), and how often to retry a failure.
 */
public record ScheduledJob(String name, List<String> arguments, String cron, int retries, Duration backoff) {

    public ScheduledJob {
        arguments = List.copyOf(arguments);
    }
}
