package fi.kuntadigi.operations.schedule;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
        Path log = logDir.resolve(runId + ".out");
        try {
            // a run log may name files and rows of the inputs: owner-only, whatever the process's umask
            Files.createFile(log, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException e) {
            // the same run id again: appended to below
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
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
