package fi.kuntadigi.operations.schedule;

import java.io.IOException;

/** Runs a scheduled job once and returns its exit status (see {@link fi.kuntadigi.operations.ExitCodes}). */
@FunctionalInterface
public interface JobRunner {

    int run(ScheduledJob job, String runId) throws IOException, InterruptedException;
}
