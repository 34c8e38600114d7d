package fi.kuntadigi.catalog;

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
 *   marts/potential_index   -> ../_versions/_marts/potential_index/RUN   (analytics output)
 * </pre>
 *
 * A reader always sees either the previous complete version or the new complete version.
 */
public record Warehouse(Path root) {

    public Warehouse {
        root = root.toAbsolutePath().normalize();
    }

    /** The published (current) folder of a dataset; read it, never write into it. */
    public Path dataset(String name) {
        return root.resolve(name);
    }

    /** The published quarantine of a dataset: rows rejected by its last load, with reasons. */
    public Path quarantine(String dataset) {
        return root.resolve("quarantine").resolve(dataset);
    }

    public Path versions(String dataset) {
        return root.resolve("_versions").resolve(dataset);
    }

    public Path quarantineVersions(String dataset) {
        return root.resolve("_versions").resolve("_quarantine").resolve(dataset);
    }

    /** The published (current) folder of a mart (see {@link Marts}); read it, never write into it. */
    public Path mart(String name) {
        return root.resolve("marts").resolve(name);
    }

    public Path martVersions(String name) {
        return root.resolve("_versions").resolve("_marts").resolve(name);
    }

    /** Glob over a published mart's Parquet files, for DuckDB's {@code read_parquet}. */
    public String martGlob(String name) {
        return mart(name).resolve("**").resolve("*.parquet").toString();
    }

    public Path staging(String runId) {
        return root.resolve("_staging").resolve(runId);
    }

    public Path runs() {
        return root.resolve("_runs");
    }

    /** Lock files of running jobs (one per job), see {@code fi.kuntadigi.operations.RunLock}. */
    public Path locks() {
        return root.resolve("_locks");
    }

    /** Glob over a published dataset's Parquet files, for DuckDB's {@code read_parquet}. */
    public String parquetGlob(String dataset) {
        return dataset(dataset).resolve("**").resolve("*.parquet").toString();
    }

    /** Name of the manifest file inside every published version. */
    public static final String MANIFEST = "_manifest.json";
}
