package fi.kuntadigi.operations.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a job as its own process ({@code bin/kuntadigi <arguments> --run-id <id>}), so a job's
 * crash or memory never takes the scheduler (or the dashboard hosting it) down. Output goes to
 * {@code <logDir>/<run id>.out}. Interrupting the waiting thread ends the job's process and its children.
 */
public final class ProcessJobRunner implements JobRunner {

    private final List<String> launcher;
    private final Path logDir;

    public ProcessJobRunner(List<String> launcher, Path logDir) {
        this.launcher = List.copyOf(launcher);
        this.logDir = logDir;
    }

    @Override
    public int run(ScheduledJob job, String runId) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(job.arguments());
        command.add("--run-id");
        command.add(runId);
        Files.createDirectories(logDir);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logDir.resolve(runId + ".out").toFile()).start();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            // bin/kuntadigi is a shell running the JVM as its child: end the child too, not only the shell
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw e;
        }
    }
}
