package fi.kuntadigi.operations.schedule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folders a scheduler gives its batch jobs: {@code --warehouse} (and {@code --datasets},
 * {@code --inbox}) are added to a batch command's arguments as absolute paths unless the
 * job's own command names them, so a job publishes where its scheduler keeps the history.
 */
public final class JobArguments {

    /** Commands that take the batch folders. */
    private static final Set<String> BATCH = Set.of("ingest", "analyze", "inbox", "report");

    private final Map<String, Path> folders = new LinkedHashMap<>();

    /** @param folders option → folder, e.g. {@code --warehouse} → {@code warehouse}; null folders are left out */
    public JobArguments(Map<String, Path> folders) {
        folders.forEach((option, folder) -> {
            if (folder != null) {
                this.folders.put(option, folder.toAbsolutePath());
            }
        });
    }

    /** The arguments with the folders added (for batch commands only). */
    public List<String> of(List<String> arguments) {
        List<String> out = new ArrayList<>(arguments);
        if (!arguments.isEmpty() && BATCH.contains(arguments.get(0))) {
            folders.forEach((option, folder) -> {
                boolean given = arguments.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
                if (!given) {
                    out.add(option);
                    out.add(folder.toString());
                }
            });
        }
        return out;
    }

    public ScheduledJob of(ScheduledJob job) {
        return new ScheduledJob(job.name(), of(job.arguments()), job.cron(), job.retries(), job.backoff(), job.after());
    }
}
