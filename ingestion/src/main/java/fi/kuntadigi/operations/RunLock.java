package fi.kuntadigi.operations;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Keeps two runs of the same job from overlapping: a lock file ({@code warehouse/_locks/<job>.lock})
 * created atomically, naming the process that holds it. A lock whose process is gone — a
 * killed run — is stale: it is detected, cleared and taken over.
 */
public final class RunLock implements AutoCloseable {

    /** A lock from another host is trusted this long; its process cannot be checked from here. */
    static final Duration FOREIGN_LOCK_LIFETIME = Duration.ofHours(12);

    private final Path file;
    private final String token;

    private RunLock(Path file, String token) {
        this.file = file;
        this.token = token;
    }

    /** Who holds a lock: process id, host and since when. */
    public record Holder(long pid, String host, Instant since) {
        @Override
        public String toString() {
            return "process " + pid + " on " + host + " since " + since;
        }
    }

    /** Takes the job's lock or throws {@link AlreadyRunningException} naming its live holder. */
    public static RunLock acquire(Path locksDir, String job) {
        return tryAcquire(locksDir, job).orElseThrow(() -> new AlreadyRunningException("another " + job
                + " run is in progress (" + holder(locksDir.resolve(job + ".lock")).map(Holder::toString).orElse("unknown")
                + "); wait for it to finish"));
    }

    /** Takes the job's lock, clearing a stale one; empty while a live run holds it. */
    public static Optional<RunLock> tryAcquire(Path locksDir, String job) {
        Path file = locksDir.resolve(job + ".lock");
        try {
            Files.createDirectories(locksDir);
            for (int attempt = 0; attempt < 3; attempt++) {
                String token = UUID.randomUUID().toString();
                try {
                    write(Files.createFile(file), token);
                    return Optional.of(new RunLock(file, token));
                } catch (FileAlreadyExistsException held) {
                    Optional<Holder> holder = holder(file);
                    if (holder.isPresent() && alive(holder.get())) {
                        return Optional.empty();
                    }
                    clearStale(file);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lock " + file, e);
        }
    }

    /**
     * Who holds the job's lock now, if a live process does; a stale lock counts as free. Only
     * looks: a caller that must not overlap still takes the lock itself (see {@link #acquire}).
     */
    public static Optional<Holder> liveHolder(Path locksDir, String job) {
        return holder(locksDir.resolve(job + ".lock")).filter(RunLock::alive);
    }

    /** The current holder of a lock file, if it exists and can be read. */
    public static Optional<Holder> holder(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new Holder(Long.parseLong(p.getProperty("pid")), p.getProperty("host"),
                    Instant.parse(p.getProperty("since"))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A holder on this host is alive while its process is; one elsewhere until it is too old. */
    static boolean alive(Holder holder) {
        if (holder.host().equals(hostName())) {
            return ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false);
        }
        return holder.since().plus(FOREIGN_LOCK_LIFETIME).isAfter(Instant.now());
    }

    /** Moves the stale lock aside first, so two processes clearing it at once cannot both win. */
    private static void clearStale(Path file) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".stale-" + UUID.randomUUID());
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(aside);
        } catch (NoSuchFileException gone) {
            // someone else cleared it
        }
    }

    private static void write(Path file, String token) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        p.setProperty("host", hostName());
        p.setProperty("since", Instant.now().toString());
        p.setProperty("token", token);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(w, "kuntadigi run lock");
        }
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    /** Releases the lock if it is still ours. */
    @Override
    public void close() {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            if (token.equals(p.getProperty("token"))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // already gone
        }
    }
}
