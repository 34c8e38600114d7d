package fi.kuntadigi.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The folder layout of the warehouse, shared by the jobs that publish into it and the
 * readers (analytics, dashboard, notebooks) that read from it.
 *
 * <pre>
 * warehouse/
 *   transactions            -> _versions/transactions/RUN   (symlink, swapped atomically)
 *   quarantine/transactions -> ../_versions/_quarantine/transactions/RUN
 *   _versions/transactions/RUN/year=2021/part-*.parquet, _manifest.json
 *   _staging/RUN/...        (a run in progress; never read)
 *   _runs/RUN.json          (what a run did)
 *   _locks/JOB.lock         (the run lock of a job)
 *   marts/potential_index   -> ../_versions/_marts/potential_index/RUN   (analytics output)
 * </pre>
 *
 * A reader always sees either the previous complete version or the new complete version.
 *
 * <h2>Where the warehouse is: a local folder or a URI</h2>
 * The location is a local path (or {@code file:} URI) by default, or a Hadoop filesystem URI
 * such as {@code hdfs://namenode:8020/kuntadigi} or {@code s3a://bucket/kuntadigi} for the
 * batch jobs on a cluster. The layout above is the same on every filesystem, given here once as
 * paths relative to the root ({@link Layout}); the local {@link Path} accessors below resolve it
 * in a local folder, the batch jobs resolve it through Hadoop's FileSystem API for any scheme
 * ({@code fi.kuntadigi.ingestion.publish.WarehouseStore}).
 *
 * <h2>How the current version is named: one pointer, encoded by what the filesystem has</h2>
 * Publishing is the same everywhere: stage, move the complete folder to
 * {@code _versions/<name>/<run>/} with its manifest, then replace the name's <em>pointer</em>
 * to it in one atomic step, then prune old versions. Only the pointer's encoding depends on
 * the filesystem:
 * <ul>
 *   <li><b>local</b>: the pointer is the symlink {@code <name>} (relative), replaced by an atomic
 *   rename. It stays the local encoding because the local readers that are not ours follow it
 *   without any code: DuckDB in the dashboard and the notebooks, and analysts' own
 *   {@code read_parquet('warehouse/transactions/**')}. Writing a pointer file here as well
 *   would give a local warehouse two sources of truth that can disagree (e.g. after a manual
 *   rollback with {@code ln -sfn}), and making the DuckDB readers resolve pointer files would
 *   change every local reader for nothing.</li>
 *   <li><b>every other filesystem</b> (HDFS, S3, ...), which has no usable symlinks: the pointer is
 *   a small file {@code <name>.current} ({@link Layout#pointer(String)}) holding the version's path
 *   relative to the root, e.g. {@code _versions/transactions/RUN}; it is replaced atomically
 *   (HDFS: write beside it, then rename with overwrite; object stores: one PUT of the whole
 *   object, visible only when complete). Readers (the Spark jobs) resolve it before reading, so
 *   they read one concrete version even if a newer one is published meanwhile.</li>
 * </ul>
 * The dashboard and notebooks read only local warehouses; for a remote one,
 * {@code kuntadigi marts pull} copies the current marts into a local warehouse layout.
 */
public record Warehouse(URI location) {

    /** Name of the manifest file inside every published version. */
    public static final String MANIFEST = "_manifest.json";

    public Warehouse {
        if (location.getScheme() == null || location.getScheme().equals("file")) {
            location = Path.of(location.getScheme() == null ? Path.of(location.getPath()).toUri() : location)
                    .toAbsolutePath().normalize().toUri();
        }
        location = withoutTrailingSlash(location.normalize());
    }

    /** A local warehouse folder. */
    public Warehouse(Path root) {
        this(root.toAbsolutePath().normalize().toUri());
    }

    /**
     * A warehouse given on the command line: a local path ({@code warehouse}, {@code /srv/w}), a
     * {@code file:} URI or a Hadoop filesystem URI ({@code hdfs://namenode:8020/kuntadigi},
     * {@code s3a://bucket/kuntadigi}).
     */
    public static Warehouse at(String location) {
        if (location.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*")) {
            try {
                URI uri = new URI(location);
                if (uri.getScheme().equals("file")) {
                    return new Warehouse(Path.of(uri));
                }
                if (uri.getPath() == null || uri.getPath().isEmpty()) {
                    uri = new URI(uri.getScheme(), uri.getAuthority(), "/", null, null);
                }
                return new Warehouse(uri);
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IllegalArgumentException("not a warehouse location: " + location + " (" + e.getMessage() + ")", e);
            }
        }
        return new Warehouse(Path.of(location));
    }

    /** True for a local folder: published names are symlinks and DuckDB can read it. */
    public boolean isLocal() {
        return location.getScheme().equals("file");
    }

    /** The local folder; only for a local warehouse (the dashboard, the notebooks and tests read those). */
    public Path root() {
        if (!isLocal()) {
            throw new IllegalStateException(location + " is not a local folder; copy its marts to one with"
                    + " 'kuntadigi marts pull --from " + location + " --to DIR'");
        }
        return Path.of(location);
    }

    /** The location of a path relative to the root (see {@link Layout}), e.g. for Hadoop's {@code new Path(URI)}. */
    public URI uri(String relative) {
        return URI.create(location + (location.getPath().endsWith("/") ? "" : "/") + relative);
    }

    @Override
    public String toString() {
        return isLocal() ? root().toString() : location.toString();
    }

    /** The published (current) folder of a dataset; read it, never write into it. */
    public Path dataset(String name) {
        return root().resolve(Layout.dataset(name));
    }

    /** The published quarantine of a dataset: rows rejected by its last load, with reasons. */
    public Path quarantine(String dataset) {
        return root().resolve(Layout.quarantine(dataset));
    }

    public Path versions(String dataset) {
        return root().resolve(Layout.versions(dataset));
    }

    public Path quarantineVersions(String dataset) {
        return root().resolve(Layout.quarantineVersions(dataset));
    }

    /** The published (current) folder of a mart (see {@link Marts}); read it, never write into it. */
    public Path mart(String name) {
        return root().resolve(Layout.mart(name));
    }

    public Path martVersions(String name) {
        return root().resolve(Layout.martVersions(name));
    }

    /** Glob over a published mart's Parquet files, for DuckDB's {@code read_parquet}. */
    public String martGlob(String name) {
        return mart(name).resolve("**").resolve("*.parquet").toString();
    }

    public Path staging(String runId) {
        return root().resolve(Layout.staging(runId));
    }

    public Path runs() {
        return root().resolve(Layout.RUNS);
    }

    /** Lock files of running jobs (one per job), see {@code fi.kuntadigi.operations.RunLock}. */
    public Path locks() {
        return root().resolve(Layout.LOCKS);
    }

    /** Glob over a published dataset's Parquet files, for DuckDB's {@code read_parquet}. */
    public String parquetGlob(String dataset) {
        return dataset(dataset).resolve("**").resolve("*.parquet").toString();
    }

    private static URI withoutTrailingSlash(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") && uri.getPath() != null && uri.getPath().length() > 1
                ? URI.create(s.substring(0, s.length() - 1)) : uri;
    }

    /** The layout as paths relative to the warehouse root: the same on every filesystem. */
    public static final class Layout {

        public static final String RUNS = "_runs";
        public static final String LOCKS = "_locks";
        public static final String STAGING = "_staging";
        /** Suffix of a published name's pointer file on filesystems without symlinks. */
        public static final String POINTER_SUFFIX = ".current";

        private Layout() {
        }

        public static String dataset(String name) {
            return name;
        }

        public static String quarantine(String dataset) {
            return "quarantine/" + dataset;
        }

        public static String versions(String dataset) {
            return "_versions/" + dataset;
        }

        public static String quarantineVersions(String dataset) {
            return "_versions/_quarantine/" + dataset;
        }

        public static String mart(String name) {
            return "marts/" + name;
        }

        public static String martVersions(String name) {
            return "_versions/_marts/" + name;
        }

        public static String staging(String runId) {
            return STAGING + "/" + runId;
        }

        /** The pointer file of a published name (e.g. {@code marts/potential_index.current}) where there are no symlinks. */
        public static String pointer(String published) {
            return published + POINTER_SUFFIX;
        }
    }
}
