package fi.kuntadigi.dashboard.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * The dry run of an uploaded export: {@code bin/kuntadigi inbox check --json --dataset D FILE} in
 * its own process (the check reads the exports exactly as a run does, which takes the ingestion's
 * readers and Spark — none of them belong in the dashboard). Its answer is kept beside the inbox
 * ({@code inbox/.checks/<dataset>/<file>.json}) so the page can be shown again without re-running;
 * the verdict holds counts and a bounded sample per reason, every quarantined row goes to
 * {@code <file>.rows.csv} beside it (streamed to the analyst on request, never read in here).
 */
final class DryRuns {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TIMEOUT_MINUTES = 10;

    /** The check's verdict, or why there is none. */
    record Result(JsonNode check, String problem) {
    }

    private final JobCommands commands;
    private final Path inbox;
    private final BiPredicate<String, String> replacing;

    /** @param replacing whether an upload ({@code dataset, file}) was chosen as a correction */
    DryRuns(JobCommands commands, Path inbox, BiPredicate<String, String> replacing) {
        this.commands = commands;
        this.inbox = inbox;
        this.replacing = replacing;
    }

    /** Forgets the kept verdict (the upload's choice changed): the next look runs the dry run again. */
    void forget(String dataset, String file) {
        try {
            Files.deleteIfExists(cached(dataset, file));
            Files.deleteIfExists(rows(dataset, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path cached(String dataset, String file) {
        return inbox.resolve(".checks").resolve(dataset).resolve(file + ".json");
    }

    /** Every quarantined row of the upload as CSV, written by its dry run (the page shows a sample). */
    Path rows(String dataset, String file) {
        return inbox.resolve(".checks").resolve(dataset).resolve(file + ".rows.csv");
    }

    /** The kept verdict only, without running anything. */
    Optional<JsonNode> kept(String dataset, String file) {
        Path kept = cached(dataset, file);
        try {
            return Files.isRegularFile(kept) ? Optional.of(JSON.readTree(kept.toFile())) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The kept verdict, or a new dry run of {@code inbox/<dataset>/<file>}. */
    synchronized Result check(String dataset, String file) {
        Path kept = cached(dataset, file);
        Optional<JsonNode> earlier = kept(dataset, file);
        if (earlier.isPresent()) {
            return new Result(earlier.get(), null);
        }
        if (commands.launcher().isEmpty()) {
            return new Result(null, "no launcher: start the dashboard with bin/kuntadigi serve, or run"
                    + " bin/kuntadigi inbox check");
        }
        Path export = inbox.resolve(dataset).resolve(file).toAbsolutePath();
        List<String> command = commands.command(List.of("inbox", "check", "--json", "--dataset", dataset));
        if (replacing.test(dataset, file)) {
            command.add("--replace");
        }
        command.add("--rows-csv");
        command.add(rows(dataset, file).toAbsolutePath().toString());
        command.add(export.toString());
        try {
            Files.createDirectories(kept.getParent());
            Path out = Files.createTempFile("kuntadigi-dry-run-", ".out");
            Path err = Files.createTempFile("kuntadigi-dry-run-", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    return new Result(null, "the dry run took longer than " + TIMEOUT_MINUTES + " minutes");
                }
                Optional<JsonNode> verdict = lastJson(Files.readAllLines(out, StandardCharsets.UTF_8));
                if (verdict.isEmpty()) {
                    return new Result(null, problem(Files.readAllLines(err, StandardCharsets.UTF_8), p.exitValue()));
                }
                Files.createDirectories(kept.getParent());
                Path tmp = kept.resolveSibling("." + kept.getFileName() + ".tmp");
                JSON.writeValue(tmp.toFile(), verdict.get());
                Files.move(tmp, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Result(verdict.get(), null);
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the dry run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(null, "interrupted");
        }
    }

    private static Optional<JsonNode> lastJson(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).strip();
            if (line.startsWith("{")) {
                try {
                    JsonNode node = JSON.readTree(line);
                    if (node.has("quarantined")) {
                        return Optional.of(node);
                    }
                } catch (IOException notOurs) {
                    // a log line
                }
            }
        }
        return Optional.empty();
    }

    private static String problem(List<String> stderr, int status) {
        List<String> said = JobCommands.complaints(stderr);
        return said.isEmpty() ? "the dry run ended with status " + status : String.join("; ", said);
    }
}
