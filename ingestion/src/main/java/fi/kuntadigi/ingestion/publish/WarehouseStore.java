package fi.kuntadigi.ingestion.publish;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.operations.RunLock;
import java.io.FileNotFoundException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;

/**
 * The batch jobs' access to the warehouse, on any filesystem Hadoop has a client for: a local
 * folder, {@code hdfs://}, {@code s3a://} (when the cluster provides hadoop-aws), ...
 *
 * <p>Folders, moves, listings, deletes, run logs and Spark's own reads and writes go through
 * Hadoop's {@link FileSystem} API for every scheme. The few steps whose atomicity the guarantees
 * rest on use each filesystem's own atomic primitive (see {@link Warehouse} for the design):
 * <table>
 *   <caption>atomic steps by filesystem</caption>
 *   <tr><th></th><th>local</th><th>HDFS and other renaming filesystems</th><th>object stores (S3, GCS, Azure Blob)</th></tr>
 *   <tr><td>publish a version</td><td>symlink swapped by rename</td><td colspan="2">pointer file {@code <name>.current} replaced atomically</td></tr>
 *   <tr><td>replace a small file</td><td>rename over it</td><td>rename with overwrite</td><td>one PUT, visible only when complete</td></tr>
 *   <tr><td>create a lock</td><td>exclusive create</td><td>{@code create(overwrite=false)}, checked by the NameNode</td><td>{@code create(overwrite=false)}: HEAD then PUT, <b>not atomic</b></td></tr>
 * </table>
 */
public final class WarehouseStore {

    /** How a filesystem does the atomic steps. */
    enum Kind { LOCAL, RENAMING, OBJECT_STORE }

    /** Schemes whose rename is a copy and whose object appears only when its upload completes. */
    private static final Set<String> OBJECT_STORES = Set.of("s3a", "s3", "s3n", "gs", "oss", "wasb", "wasbs",
            "abfs", "abfss", "cosn", "obs");

    private final Warehouse warehouse;
    private final Configuration conf;
    private final FileSystem fs;
    private final Kind kind;

    private WarehouseStore(Warehouse warehouse, Configuration conf, FileSystem fs, Kind kind) {
        this.warehouse = warehouse;
        this.conf = conf;
        this.fs = fs;
        this.kind = kind;
    }

    /** The warehouse's filesystem with Spark's Hadoop configuration (so {@code --conf spark.hadoop.fs.*} apply). */
    public static WarehouseStore open(Warehouse warehouse, Configuration conf) throws IOException {
        if (warehouse.isLocal()) {
            return new WarehouseStore(warehouse, conf, FileSystem.getLocal(conf).getRaw(), Kind.LOCAL);
        }
        String scheme = warehouse.location().getScheme().toLowerCase(Locale.ROOT);
        return new WarehouseStore(warehouse, conf, FileSystem.get(warehouse.location(), conf),
                OBJECT_STORES.contains(scheme) ? Kind.OBJECT_STORE : Kind.RENAMING);
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public FileSystem fileSystem() {
        return fs;
    }

    /** A location given relative to the warehouse root (see {@link Layout}). */
    public Path path(String relative) {
        return new Path(warehouse.uri(relative));
    }

    public boolean exists(Path path) throws IOException {
        return fs.exists(path);
    }

    /** The entries of a folder, sorted by name; none when it does not exist. */
    public List<FileStatus> list(Path dir) throws IOException {
        if (!fs.exists(dir)) {
            return List.of();
        }
        return Arrays.stream(fs.listStatus(dir)).sorted(Comparator.comparing(s -> s.getPath().getName())).toList();
    }

    /** Removes a file or a folder with everything in it; nothing when it does not exist. */
    public void delete(Path path) throws IOException {
        fs.delete(path, true);
    }

    /** Moves a complete folder to a new name (its parent is created); the target must not exist. */
    public void move(Path from, Path to) throws IOException {
        fs.mkdirs(to.getParent());
        if (fs.exists(to)) {
            throw new IOException("cannot move " + from + " to " + to + ": the target exists");
        }
        if (!fs.rename(from, to)) {
            throw new IOException("cannot move " + from + " to " + to);
        }
    }

    // ---- small files -------------------------------------------------------------------------

    /** Writes a JSON file so that readers see the old or the new content, never a part. */
    public void writeJson(Path target, Object value) throws IOException {
        writeAtomically(target, Json.mapper().writeValueAsBytes(value));
    }

    public <T> T readJson(Path file, Class<T> type) throws IOException {
        try (InputStream in = fs.open(file)) {
            return Json.mapper().readValue(in, type);
        }
    }

    /** A small file's content, or empty when it does not exist. */
    public Optional<byte[]> read(Path file) throws IOException {
        try (InputStream in = fs.open(file)) {
            return Optional.of(in.readAllBytes());
        } catch (FileNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Replaces (or creates) a small file in one atomic step, by the filesystem's own means. */
    void writeAtomically(Path target, byte[] bytes) throws IOException {
        fs.mkdirs(target.getParent());
        if (kind == Kind.OBJECT_STORE) {
            // a single PUT: the object appears, complete, when the stream closes
            try (FSDataOutputStream out = fs.create(target, true)) {
                out.write(bytes);
            }
            return;
        }
        Path tmp = new Path(target.getParent(), "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FSDataOutputStream out = fs.create(tmp, false)) {
                out.write(bytes);
            }
            if (kind == Kind.LOCAL) {
                Files.move(local(tmp), local(target), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                FileContext.getFileContext(fs.getUri(), conf).rename(tmp, target, Options.Rename.OVERWRITE);
            }
        } finally {
            fs.delete(tmp, false);
        }
    }

    /**
     * A run's structured log, appended to (or created): each {@code flush} reaches the filesystem
     * ({@code hflush}); on object stores the log appears when the run closes it.
     */
    public OutputStream appendLog(Path file) throws IOException {
        fs.mkdirs(file.getParent());
        FSDataOutputStream stream = fs.exists(file) ? fs.append(file) : fs.create(file, false);
        return new FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                stream.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                stream.hflush();
            }
        };
    }

    // ---- publishing --------------------------------------------------------------------------

    /**
     * Makes {@code version} the current version of a published name ({@link Layout#dataset},
     * {@link Layout#mart}, {@link Layout#quarantine}) in one atomic step: the local symlink is
     * swapped, elsewhere the pointer file is replaced.
     */
    public void publish(String published, Path version) throws IOException {
        if (kind == Kind.LOCAL) {
            swapLink(local(path(published)), local(version));
        } else {
            writeAtomically(path(Layout.pointer(published)), (relative(version) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The folder of a published name's current version, resolved once so that a reader keeps
     * reading that version even if a newer one is published meanwhile; empty when never published.
     */
    public Optional<Path> current(String published) throws IOException {
        if (kind == Kind.LOCAL) {
            java.nio.file.Path link = local(path(published));
            if (Files.isSymbolicLink(link)) {
                java.nio.file.Path target = link.resolveSibling(Files.readSymbolicLink(link)).normalize();
                return Files.isDirectory(target) ? Optional.of(new Path(target.toUri())) : Optional.empty();
            }
            return Files.isDirectory(link) ? Optional.of(new Path(link.toUri())) : Optional.empty();
        }
        Optional<byte[]> pointer = read(path(Layout.pointer(published)));
        if (pointer.isEmpty()) {
            return Optional.empty();
        }
        String relative = new String(pointer.get(), StandardCharsets.UTF_8).strip();
        if (!relative.startsWith("_versions/") || relative.contains("..")) {
            throw new IOException(path(Layout.pointer(published)) + " does not name a version: '" + relative + "'");
        }
        Path version = path(relative);
        if (!fs.exists(version)) {
            throw new IOException(path(Layout.pointer(published)) + " names " + relative + ", which does not exist");
        }
        return Optional.of(version);
    }

    /** The run id a published version was made by, from its manifest ("unknown" if it has none). */
    public String runIdOf(Path version) {
        try {
            return read(new Path(version, Warehouse.MANIFEST))
                    .map(bytes -> {
                        try {
                            return Json.mapper().readTree(bytes).path("run_id").asText("unknown");
                        } catch (IOException e) {
                            return "unknown";
                        }
                    }).orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Deletes all but the newest {@code keep} versions (run ids sort by time), never the current one. */
    public void prune(String versions, String published, int keep) throws IOException {
        Optional<String> current = current(published).map(Path::getName);
        List<FileStatus> all = list(path(versions)).stream().filter(FileStatus::isDirectory)
                .sorted(Comparator.comparing((FileStatus s) -> s.getPath().getName()).reversed()).toList();
        for (FileStatus old : all.subList(Math.min(keep, all.size()), all.size())) {
            if (!current.equals(Optional.of(old.getPath().getName()))) {
                delete(old.getPath());
            }
        }
    }

    /** Removes what killed runs left under {@code _staging/} once it is older than {@code cutoff}. */
    public void removeStaging(Instant cutoff) throws IOException {
        for (FileStatus run : list(path(Layout.STAGING))) {
            if (run.getModificationTime() < cutoff.toEpochMilli()) {
                delete(run.getPath());
            }
        }
    }

    // ---- locks -------------------------------------------------------------------------------

    /** Takes a job's run lock in {@code _locks/} or throws naming its live holder (see {@link RunLock}). */
    public RunLock lock(String job) {
        if (kind == Kind.LOCAL) {
            return RunLock.acquire(warehouse.locks(), job);
        }
        return RunLock.acquire(new HadoopLockFiles(), job);
    }

    /**
     * Lock files on a Hadoop filesystem: {@code create(overwrite=false)} is atomic on HDFS (the
     * NameNode refuses the second create) and a stale lock is moved aside by an atomic rename. On
     * an object store create is a check followed by a PUT and rename is a copy, so two runs
     * starting within the same moment could both get the lock: there, start the jobs from one
     * scheduler only.
     */
    private final class HadoopLockFiles implements RunLock.LockFiles {
        private final Path dir = path(Layout.LOCKS);

        @Override
        public boolean createNew(String name, byte[] content) throws IOException {
            fs.mkdirs(dir);
            try (FSDataOutputStream out = fs.create(new Path(dir, name), false)) {
                out.write(content);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        }

        @Override
        public Optional<byte[]> read(String name) throws IOException {
            return WarehouseStore.this.read(new Path(dir, name));
        }

        @Override
        public boolean moveAside(String name, String aside) throws IOException {
            return fs.rename(new Path(dir, name), new Path(dir, aside));
        }

        @Override
        public void delete(String name) throws IOException {
            fs.delete(new Path(dir, name), false);
        }

        @Override
        public String describe(String name) {
            return new Path(dir, name).toString();
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** A version's path relative to the root, as the pointer file holds it. */
    private String relative(Path version) {
        String root = warehouse.location().getPath().replaceAll("/+$", "");
        String p = version.toUri().getPath();
        if (!p.startsWith(root + "/")) {
            throw new IllegalArgumentException(version + " is not inside the warehouse " + warehouse);
        }
        return p.substring(root.length() + 1);
    }

    private static java.nio.file.Path local(Path path) {
        return java.nio.file.Path.of(path.toUri());
    }

    /** Points {@code link} at {@code target} with a relative symlink, replacing the old link atomically. */
    static void swapLink(java.nio.file.Path link, java.nio.file.Path target) throws IOException {
        Files.createDirectories(link.getParent());
        java.nio.file.Path relative = link.getParent().relativize(target);
        java.nio.file.Path tmp = link.resolveSibling("." + link.getFileName() + ".swap");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, relative);
        if (Files.isDirectory(link) && !Files.isSymbolicLink(link)) {
            throw new IOException(link + " is a folder, not a published link; move it away and run again");
        }
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
