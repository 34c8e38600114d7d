package fi.kuntadigi.operations.inbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.operations.ExportKind;
import fi.kuntadigi.operations.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Where analysts' new exports wait for the next run ({@code inbox/<dataset>/}). A file is
 * checked as it arrives — size limit, CSV or XLSX by its content, not its name — and stored
 * under a name the inbox chooses, with what is known of it beside it ({@code <file>.json}).
 * After a run has loaded it, it is moved to {@code inbox/archive/<run>/}; an analyst may withdraw
 * it before that, to {@code inbox/archive/withdrawn/<dataset>/} with who and why. Nothing is deleted.
 */
public final class Inbox {

    /** Largest export accepted by default. */
    public static final long DEFAULT_MAX_BYTES = 100L << 20;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path root;
    private final long maxBytes;

    public Inbox(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    public Path root() {
        return root;
    }

    /** What the inbox knows of a received file; kept as {@code <file>.json}. */
    public record Received(
            @JsonProperty("dataset") String dataset,
            @JsonProperty("file") String file,
            @JsonProperty("original_name") String originalName,
            @JsonProperty("sha256") String sha256,
            @JsonProperty("bytes") long bytes,
            @JsonProperty("received_at") String receivedAt) {
    }

    /** Checks and stores an export for {@code dataset}; throws with the reason when it cannot be taken. */
    public Received receive(String dataset, String originalName, InputStream content) {
        if (Datasets.byName(dataset).isEmpty()) {
            throw new Refused(Refused.Reason.UNKNOWN_DATASET, "unknown dataset '" + dataset + "'; choose one of "
                    + String.join(", ", Datasets.all().stream().map(d -> d.name()).toList()));
        }
        String shown = originalName == null || originalName.isBlank() ? "upload" : Path.of(originalName).getFileName().toString();
        try {
            Path incoming = Files.createDirectories(root.resolve(".incoming"));
            Path temp = Files.createTempFile(incoming, "upload-", ".part");
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                long bytes = copyLimited(content, temp, sha, shown);
                ExportKind kind = kindOf(temp, shown);
                Instant now = Instant.now();
                String name = STAMP.format(now) + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24))
                        + (kind == ExportKind.XLSX ? ".xlsx" : ".csv");
                Path target = Files.createDirectories(root.resolve(dataset)).resolve(name);
                Received received = new Received(dataset, name, shown, HexFormat.of().formatHex(sha.digest()), bytes, now.toString());
                Json.write(metadata(target), received);
                // like the export itself (a temp file: owner-only), its metadata (the original name) stays private
                Files.setPosixFilePermissions(metadata(target), PosixFilePermissions.fromString("rw-------"));
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                return received;
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + shown + " in the inbox " + root, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private long copyLimited(InputStream content, Path temp, MessageDigest sha, String shown) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
            for (int n = content.read(buffer); n > 0; n = content.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new Refused(Refused.Reason.TOO_LARGE, shown + ": is larger than the inbox limit of " + (maxBytes >> 20)
                            + " MiB; split the export (e.g. one file per year) and send the parts");
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw new Refused(Refused.Reason.EMPTY, shown + ": is empty; an export needs a header row and data rows");
        }
        return total;
    }

    private static ExportKind kindOf(Path file, String shown) {
        try {
            return ExportKind.of(file, shown);
        } catch (UnusableInputException e) {
            throw new Refused(Refused.Reason.NOT_AN_EXPORT, e.getMessage());
        }
    }

    /** Why the inbox would not take a file; the message names the file and what to do. */
    public static final class Refused extends UnusableInputException {
        private static final long serialVersionUID = 1L;

        /** The kinds of refusal a caller may answer differently (an HTTP status, say). */
        public enum Reason { UNKNOWN_DATASET, TOO_LARGE, EMPTY, NOT_AN_EXPORT }

        private final Reason reason;

        Refused(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Files waiting for {@code dataset}, oldest first. */
    public List<Path> pending(String dataset) {
        Path folder = root.resolve(dataset);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".json")
                    && !f.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a loaded file and its metadata to {@code archive/<run>/<dataset>/}. */
    public Path archive(String runId, String dataset, Path file) {
        try {
            Path folder = Files.createDirectories(root.resolve("archive").resolve(runId).resolve(dataset));
            Path target = folder.resolve(file.getFileName());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            if (Files.exists(metadata(file))) {
                Files.move(metadata(file), metadata(target), StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(replaceMarker(file))) {
                Files.move(replaceMarker(file), replaceMarker(target), StandardCopyOption.ATOMIC_MOVE);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot archive " + file, e);
        }
    }

    /**
     * Marks a waiting export as a correction: when loaded, its rows replace the earlier rows of
     * the municipality-months it covers instead of being quarantined as their duplicates
     * ({@code <file>.replace.json} beside it, with who chose so and when).
     */
    public void markReplacing(String dataset, String file, String by, Instant at) {
        Path waiting = waiting(dataset, file);
        if (!Files.isRegularFile(waiting)) {
            throw new NoSuchElementException("no export " + file + " waits for " + dataset);
        }
        try {
            Json.write(replaceMarker(waiting), Map.of("replaces", true, "chosen_by", by, "chosen_at", at.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark " + waiting, e);
        }
    }

    /** True when the waiting export was marked as a correction ({@link #markReplacing}). */
    public boolean replacing(String dataset, Path file) {
        return Files.isRegularFile(replaceMarker(root.resolve(dataset).resolve(file.getFileName())));
    }

    private static Path replaceMarker(Path file) {
        return file.resolveSibling(file.getFileName() + ".replace.json");
    }

    /** Who withdrew an export from the inbox, when and why; kept beside it as {@code <file>.withdrawn.json}. */
    public record Withdrawal(
            @JsonProperty("dataset") String dataset,
            @JsonProperty("file") String file,
            @JsonProperty("original_name") String originalName,
            @JsonProperty("withdrawn_by") String withdrawnBy,
            @JsonProperty("reason") String reason,
            @JsonProperty("withdrawn_at") String withdrawnAt) {
    }

    /**
     * Takes a waiting export out of the next run: it moves with its metadata to
     * {@code archive/withdrawn/<dataset>/}, its withdrawal is written beside it and appended to
     * {@code archive/withdrawn/withdrawals.jsonl}. Throws {@link java.util.NoSuchElementException}
     * when no such export waits.
     */
    public Withdrawal withdraw(String dataset, String file, String by, String reason, Instant at) {
        Path waiting = waiting(dataset, file);
        if (!Files.isRegularFile(waiting)) {
            throw new NoSuchElementException("no export " + file + " waits for " + dataset);
        }
        try {
            String original = received(dataset, file).map(Received::originalName).orElse(file);
            Path folder = Files.createDirectories(withdrawnFolder(dataset));
            Withdrawal withdrawal = new Withdrawal(dataset, file, original, by, reason, at.toString());
            Json.write(folder.resolve(file + ".withdrawn.json"), withdrawal);
            Files.move(waiting, folder.resolve(file), StandardCopyOption.ATOMIC_MOVE);
            if (Files.exists(metadata(waiting))) {
                Files.move(metadata(waiting), metadata(folder.resolve(file)), StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(replaceMarker(waiting))) {
                Files.move(replaceMarker(waiting), replaceMarker(folder.resolve(file)), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.writeString(root.resolve("archive").resolve("withdrawn").resolve("withdrawals.jsonl"),
                    Json.line(withdrawal) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return withdrawal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot withdraw " + file + " from " + root.resolve(dataset), e);
        }
    }

    /** The withdrawal of an export, when it was withdrawn. */
    public Optional<Withdrawal> withdrawal(String dataset, String file) {
        Path record = withdrawnFolder(dataset).resolve(file + ".withdrawn.json");
        if (!Files.isRegularFile(record)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(record.toFile(), Withdrawal.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + record, e);
        }
    }

    /** What the inbox knows of a waiting export (its original name among it), if anything. */
    public Optional<Received> received(String dataset, String file) {
        Path meta = metadata(waiting(dataset, file));
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(meta.toFile(), Received.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** {@code inbox/<dataset>/<file>}, for a known dataset and a plain file name only. */
    private Path waiting(String dataset, String file) {
        if (Datasets.byName(dataset).isEmpty() || file.contains("/") || file.contains("\\") || file.startsWith(".")) {
            throw new IllegalArgumentException("not an inbox file: " + dataset + "/" + file);
        }
        return root.resolve(dataset).resolve(file);
    }

    private Path withdrawnFolder(String dataset) {
        return root.resolve("archive").resolve("withdrawn").resolve(dataset);
    }

    private static Path metadata(Path file) {
        return file.resolveSibling(file.getFileName() + ".json");
    }
}
