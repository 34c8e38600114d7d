package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.operations.inbox.Inbox;
import java.nio.file.Path;
import java.util.List;

/**
 * How the dashboard runs the batch jobs: whether it hosts the scheduler, where the jobs' inputs
 * and the inbox are, and how a job's process is started.
 *
 * @param schedule       run the scheduler of {@code scheduleConfig} in the dashboard's process
 * @param scheduleConfig the jobs and their cron schedules ({@code datasets/config/schedule.properties})
 * @param datasets       the jobs' input folder
 * @param inbox          where uploaded exports wait for the next run
 * @param launcher       the command that starts {@code bin/kuntadigi} (empty: the dashboard cannot start jobs)
 * @param maxUploadBytes largest upload accepted
 */
public record OperationsSettings(boolean schedule, Path scheduleConfig, Path datasets, Path inbox, List<String> launcher,
                                 long maxUploadBytes) {

    /** The launcher {@code bin/kuntadigi} passes as {@code -Dkuntadigi.launcher}. */
    public static final String LAUNCHER_PROPERTY = "kuntadigi.launcher";

    public OperationsSettings {
        launcher = List.copyOf(launcher);
    }

    /** No scheduler; the bundled folders; the launcher this JVM was started by, if any. */
    public static OperationsSettings defaults() {
        String script = System.getProperty(LAUNCHER_PROPERTY);
        return new OperationsSettings(false, Path.of("datasets", "config", "schedule.properties"), Path.of("datasets"),
                Path.of("inbox"), script == null || script.isBlank() ? List.of() : List.of(script), Inbox.DEFAULT_MAX_BYTES);
    }

    public boolean canLaunch() {
        return !launcher.isEmpty();
    }

    public OperationsSettings withSchedule(boolean on, Path config) {
        return new OperationsSettings(on, config, datasets, inbox, launcher, maxUploadBytes);
    }

    public OperationsSettings withFolders(Path datasetsDir, Path inboxDir) {
        return new OperationsSettings(schedule, scheduleConfig, datasetsDir, inboxDir, launcher, maxUploadBytes);
    }

    public OperationsSettings withLauncher(List<String> command) {
        return new OperationsSettings(schedule, scheduleConfig, datasets, inbox, command, maxUploadBytes);
    }

    public OperationsSettings withMaxUploadBytes(long bytes) {
        return new OperationsSettings(schedule, scheduleConfig, datasets, inbox, launcher, bytes);
    }
}
