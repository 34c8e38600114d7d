package fi.kuntadigi.operations.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The scheduler's history ({@code warehouse/_runs/history.jsonl}): one JSON line per attempt,
 * appended and flushed, so it survives restarts and crashes; read by the data-and-jobs view.
 */
public final class RunHistory {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public RunHistory(Path file) {
        this.file = file;
    }

    public synchronized void append(Attempt attempt) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writeValueAsString(attempt) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run history " + file, e);
        }
    }

    /** Every attempt recorded so far, oldest first; a torn last line (a crash mid-write) is skipped. */
    public synchronized List<Attempt> all() {
        List<Attempt> attempts = new ArrayList<>();
        if (!Files.exists(file)) {
            return attempts;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                try {
                    attempts.add(JSON.readValue(line, Attempt.class));
                } catch (IOException torn) {
                    // a line cut short by a crash
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return attempts;
    }
}
