package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.operations.schedule.ScheduledJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The command lines of the jobs the dashboard starts: {@code bin/kuntadigi <arguments>}, with the
 * dashboard's own warehouse, datasets and inbox folders (as absolute paths) unless the arguments
 * name them, so a job publishes where the dashboard reads.
 */
final class JobCommands {

    /** Commands that take the batch folders ({@code --warehouse --datasets --inbox}). */
    private static final Set<String> BATCH = Set.of("ingest", "analyze", "inbox");

    private final List<String> launcher;
    private final Path warehouse;
    private final Path datasets;
    private final Path inbox;

    JobCommands(List<String> launcher, Path warehouse, Path datasets, Path inbox) {
        this.launcher = List.copyOf(launcher);
        this.warehouse = warehouse.toAbsolutePath();
        this.datasets = datasets.toAbsolutePath();
        this.inbox = inbox.toAbsolutePath();
    }

    List<String> launcher() {
        return launcher;
    }

    /** The job's arguments with the folders added (for batch commands only). */
    List<String> arguments(List<String> arguments) {
        List<String> out = new ArrayList<>(arguments);
        if (!arguments.isEmpty() && BATCH.contains(arguments.get(0))) {
            add(out, "--warehouse", warehouse);
            add(out, "--datasets", datasets);
            add(out, "--inbox", inbox);
        }
        return out;
    }

    ScheduledJob withFolders(ScheduledJob job) {
        return new ScheduledJob(job.name(), arguments(job.arguments()), job.cron(), job.retries(), job.backoff());
    }

    /** The whole command line: launcher, then the arguments with the folders. */
    List<String> command(List<String> arguments) {
        List<String> out = new ArrayList<>(launcher);
        out.addAll(arguments(arguments));
        return out;
    }

    private static void add(List<String> args, String option, Path value) {
        boolean given = args.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
        if (!given) {
            args.add(option);
            args.add(value.toString());
        }
    }
}
