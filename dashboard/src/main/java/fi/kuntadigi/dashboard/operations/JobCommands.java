package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.operations.schedule.JobArguments;
import fi.kuntadigi.operations.schedule.ScheduledJob;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command lines of the jobs the dashboard starts: {@code bin/kuntadigi <arguments>}, with the
 * dashboard's own warehouse, datasets and inbox folders (as absolute paths) unless the arguments
 * name them, so a job publishes where the dashboard reads.
 */
final class JobCommands {

    private final List<String> launcher;
    private final JobArguments folders;

    JobCommands(List<String> launcher, Path warehouse, Path datasets, Path inbox) {
        this.launcher = List.copyOf(launcher);
        Map<String, Path> options = new LinkedHashMap<>();
        options.put("--warehouse", warehouse);
        options.put("--datasets", datasets);
        options.put("--inbox", inbox);
        this.folders = new JobArguments(options);
    }

    List<String> launcher() {
        return launcher;
    }

    ScheduledJob withFolders(ScheduledJob job) {
        return folders.of(job);
    }

    /** The whole command line: launcher, then the arguments with the folders. */
    List<String> command(List<String> arguments) {
        List<String> out = new ArrayList<>(launcher);
        out.addAll(folders.of(arguments));
        return out;
    }

    /** What a job said was wrong: its {@code kuntadigi: ...} lines (the CLI's one-line errors), in order. */
    static List<String> complaints(List<String> output) {
        return output.stream().filter(line -> line.startsWith(COMPLAINT))
                .map(line -> line.substring(COMPLAINT.length())).toList();
    }

    private static final String COMPLAINT = "kuntadigi: ";
}
