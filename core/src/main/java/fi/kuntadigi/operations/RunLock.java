package fi.kuntadigi.operations;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
 *
 * <p>The algorithm is the same on every filesystem; {@link LockFiles} supplies the filesystem's
 * exclusive create and rename (a local folder here; a Hadoop filesystem for a warehouse URI, see
 * {@code fi.kuntadigi.ingestion.publish.WarehouseStore}).
 */
public final class RunLock implements AutoCloseable {

    /** A lock from another host is trusted this long; its process cannot be checked from here. */
    static final Duration FOREIGN_LOCK_LIFETIME = Duration.ofHours(12);

    /** The few file operations a lock needs, on the folder that holds the lock files. */
    public interface LockFiles {
        /** Creates the file with this content only if it does not exist (atomically); false if it exists. */
        boolean createNew(String name, byte[] content) throws IOException;

        /** The file's content; empty when it does not exist. */
        Optional<byte[]> read(String name) throws IOException;

        /** Renames the file (atomically where the filesystem can); false when it is already gone. */
        boolean moveAside(String name, String aside) throws IOException;

        void delete(String name) throws IOException;

        /** Where the file is, for messages. */
        String describe(String name);
    }

    private final LockFiles files;
    private final String name;
    private final String token;

    private RunLock(LockFiles files, String name, String token) {
        this.files = files;
        this.name = name;
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
        return acquire(new LocalLockFiles(locksDir), job);
    }

    /** Takes the job's lock among {@code files} or throws {@link AlreadyRunningException} naming its live holder. */
    public static RunLock acquire(LockFiles files, String job) {
        return tryAcquire(files, job).orElseThrow(() -> new AlreadyRunningException("another " + job
                + " run is in progress (" + holder(files, job + ".lock").map(Holder::toString).orElse("unknown")
                + "); wait for it to finish"));
    }

    /** Takes the job's lock, clearing a stale one; empty while a live run holds it. */
    public static Optional<RunLock> tryAcquire(Path locksDir, String job) {
        return tryAcquire(new LocalLockFiles(locksDir), job);
    }

    /** Takes the job's lock among {@code files}, clearing a stale one; empty while a live run holds it. */
    public static Optional<RunLock> tryAcquire(LockFiles files, String job) {
        String name = job + ".lock";
        try {
            for (int attempt = 0; attempt < 3; attempt++) {
                String token = UUID.randomUUID().toString();
                if (files.createNew(name, content(token))) {
                    return Optional.of(new RunLock(files, name, token));
                }
                Optional<Holder> holder = holder(files, name);
                if (holder.isPresent() && alive(holder.get())) {
                    return Optional.empty();
                }
                clearStale(files, name);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take the lock " + files.describe(name), e);
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
        return holder(new LocalLockFiles(file.getParent()), file.getFileName().toString());
    }

    private static Optional<Holder> holder(LockFiles files, String name) {
        try {
            Optional<Properties> p = properties(files, name);
            if (p.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Holder(Long.parseLong(p.get().getProperty("pid")), p.get().getProperty("host"),
                    Instant.parse(p.get().getProperty("since"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Properties> properties(LockFiles files, String name) throws IOException {
        Optional<byte[]> bytes = files.read(name);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Properties p = new Properties();
        p.load(new StringReader(new String(bytes.get(), StandardCharsets.UTF_8)));
        return Optional.of(p);
    }

    /** A holder on this host is alive while its process is; one elsewhere until it is too old. */
    static boolean alive(Holder holder) {
        if (holder.host().equals(hostName())) {
            return ProcessHandle.of(holder.pid()).map(ProcessHandle::isAlive).orElse(false);
        }
        return holder.since().plus(FOREIGN_LOCK_LIFETIME).isAfter(Instant.now());
    }

    /** Moves the stale lock aside first, so two processes clearing it at once cannot both win. */
    private static void clearStale(LockFiles files, String name) throws IOException {
        String aside = name + ".stale-" + UUID.randomUUID();
        if (files.moveAside(name, aside)) {
            files.delete(aside);
        }
    }

    private static byte[] content(String token) throws IOException {
        Properties p = new Properties();
        p.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        p.setProperty("host", hostName());
        p.setProperty("since", Instant.now().toString());
        p.setProperty("token", token);
        StringWriter w = new StringWriter();
        p.store(w, "kuntadigi run lock");
        return w.toString().getBytes(StandardCharsets.UTF_8);
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
        try {
            Optional<Properties> p = properties(files, name);
            if (p.isPresent() && token.equals(p.get().getProperty("token"))) {
                files.delete(name);
            }
        } catch (IOException e) {
            // already gone
        }
    }

    /** Lock files in a local folder: {@code createFile} is exclusive, the move aside an atomic rename. */
    private record LocalLockFiles(Path dir) implements LockFiles {

        @Override
        public boolean createNew(String name, byte[] content) throws IOException {
            Files.createDirectories(dir);
            Path file;
            try {
                file = Files.createFile(dir.resolve(name));
            } catch (FileAlreadyExistsException held) {
                return false;
            }
            Files.write(file, content);
            return true;
        }

        @Override
        public Optional<byte[]> read(String name) throws IOException {
            try {
                return Optional.of(Files.readAllBytes(dir.resolve(name)));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }

        @Override
        public boolean moveAside(String name, String aside) throws IOException {
            try {
                Files.move(dir.resolve(name), dir.resolve(aside), StandardCopyOption.ATOMIC_MOVE);
                return true;
            } catch (NoSuchFileException gone) {
                return false;
            }
        }

        @Override
        public void delete(String name) throws IOException {
            Files.deleteIfExists(dir.resolve(name));
        }

        @Override
        public String describe(String name) {
            return dir.resolve(name).toString();
        }
    }
}
