package fi.kuntadigi.analytics.run;

import fi.kuntadigi.analytics.config.AnalyticsConfig;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.reference.ReferenceReader;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.ingestion.publish.WarehousePublisher;
import fi.kuntadigi.ingestion.publish.WarehouseStore;
import fi.kuntadigi.ingestion.run.BatchRun;
import fi.kuntadigi.ingestion.run.RunLog;
import fi.kuntadigi.operations.RunRecord;
import fi.kuntadigi.operations.UnusableInputException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.parquet.hadoop.util.HadoopOutputFile;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * One analyze run: every feature computes its marts into staging; only when all succeeded are they
 * published (versioned folder, manifest, atomic link swap), so the dashboard never sees a half-built
 * set. The run is recorded in {@code warehouse/_runs/} as job "analyze", like ingestion runs.
 */
public final class AnalyzeRun {

    /** Where to read and publish, the configuration file (a missing file means the defaults), a run id or null. */
    public record Options(Warehouse warehouse, Path configFile, String runId) {
        public Options(Warehouse warehouse, Path configFile) {
            this(warehouse, configFile, null);
        }
    }

    /** One mart written to staging. */
    record Staged(DatasetSchema schema, org.apache.hadoop.fs.Path dir, long rows, long elapsedMs) {
    }

    public static final String JOB = "analyze";

    private final SparkSession spark;
    private final PrintStream out;

    public AnalyzeRun(SparkSession spark, PrintStream out) {
        this.spark = spark;
        this.out = out;
    }

    /** Runs the analytics under the warehouse's "analyze" lock; throws if another run holds it. */
    public RunRecord run(Options options) throws IOException {
        WarehouseStore store = WarehouseStore.open(options.warehouse(), spark.sparkContext().hadoopConfiguration());
        return BatchRun.run(store, JOB, options.runId(), Map.of("config", String.valueOf(options.configFile())),
                done -> Map.of("marts", done.datasets().size()), run -> {
                    List<MartJob> jobs = MartJobs.all();
                    AnalyticsConfig config = config(options.configFile(), jobs);
                    WarehouseInputs inputs = new WarehouseInputs(spark, store);
                    checkPublished(inputs, jobs);
                    ReferenceData reference = ReferenceReader.read(inputs::collect);
                    List<Staged> staged = computeAndStage(new Jobs(jobs, run.runId(), run.staging(), run.log()),
                            inputs, reference, config);
                    checkComplete(staged);
                    publish(store, run.runId(), staged, inputs.versions(), options.configFile());
                    return staged.stream().map(s -> new RunRecord.DatasetCounts(s.schema().name(), s.schema().source(),
                            s.rows(), s.rows(), 0, s.elapsedMs())).toList();
                });
    }

    /** The jobs of one run with their writes: compute side by side in dependency order, stage as they finish. */
    private record Jobs(List<MartJob> all, String runId, org.apache.hadoop.fs.Path staging, RunLog log) {
    }

    /**
     * Every job computes on its own driver thread from the start, waiting only where it reads another job's
     * result ({@link AnalysisContext#shared}); each finished mart is written to staging at once on a writer
     * thread (Spark runs the jobs of several threads side by side), so the large aggregation, the small,
     * overhead-bound marts and the driver-side work overlap. The marts come back in job order, each job's
     * in the order it produced them.
     */
    private List<Staged> computeAndStage(Jobs jobs, WarehouseInputs inputs, ReferenceData reference,
                                         AnalyticsConfig config) {
        ExecutorService jobPool = Executors.newFixedThreadPool(jobs.all().size(), threads("analyze-job"));
        ExecutorService writerPool = Executors.newFixedThreadPool(WRITERS, threads("analyze-write"));
        Map<String, List<CompletableFuture<Staged>>> writes = new LinkedHashMap<>();
        jobs.all().forEach(job -> writes.put(job.feature(), new ArrayList<>()));
        Consumer<MartTable> stager = table -> {
            List<CompletableFuture<Staged>> of = writes.get(table.schema().source());
            if (of == null) {
                throw new IllegalStateException(table.schema().name() + ": no job computes " + table.schema().source());
            }
            CompletableFuture<Staged> write = CompletableFuture.supplyAsync(() -> {
                inRunGroup(jobs.runId());
                Staged s = write(table, jobs.staging());
                jobs.log().event("mart_staged", Map.of("mart", s.schema().name(), "rows", s.rows(),
                        "elapsed_ms", s.elapsedMs()));
                return s;
            }, writerPool);
            synchronized (of) {
                of.add(write);
            }
        };
        AnalysisContext context = new AnalysisContext(inputs, reference, config, jobs.log()::event, stager);
        Map<String, CompletableFuture<Void>> computed = new LinkedHashMap<>();
        Map<String, CompletableFuture<Void>> done = new ConcurrentHashMap<>();
        for (MartJob job : jobs.all()) {
            computed.put(job.feature(), CompletableFuture.runAsync(() -> {
                inRunGroup(jobs.runId());
                long t0 = System.nanoTime();
                List<MartTable> tables;
                try {
                    tables = job.compute(context.of(job));
                } catch (RuntimeException | Error e) {
                    context.abandon(e);
                    throw e;
                }
                for (MartTable table : tables) {
                    stager.accept(table);
                }
                List<CompletableFuture<Staged>> of = writes.get(job.feature());
                CompletableFuture<?>[] mine;
                synchronized (of) {
                    mine = of.toArray(CompletableFuture[]::new);
                }
                // computed and every mart written
                done.put(job.feature(), CompletableFuture.allOf(mine).thenRun(() -> jobs.log().event("feature_done",
                        Map.of("feature", job.feature(), "elapsed_ms", (System.nanoTime() - t0) / 1_000_000))));
            }, jobPool));
        }
        try {
            await(computed.values());
            List<Staged> staged = new ArrayList<>();
            for (MartJob job : jobs.all()) {
                List<CompletableFuture<Staged>> of = writes.get(job.feature());
                List<CompletableFuture<Staged>> copy;
                synchronized (of) {
                    copy = List.copyOf(of);
                }
                await(copy);
                out.println(job.feature() + ":");
                for (CompletableFuture<Staged> f : copy) {
                    Staged s = f.join();
                    staged.add(s);
                    out.printf("  %-24s %,10d rows%n", s.schema().name(), s.rows());
                }
                await(List.of(done.get(job.feature())));
            }
            return staged;
        } catch (RuntimeException | Error e) {
            // stop what still runs, and let it end before the staging area is deleted
            spark.sparkContext().cancelJobGroup(jobs.runId());
            List<CompletableFuture<?>> all = new ArrayList<>(computed.values());
            writes.values().forEach(of -> {
                synchronized (of) {
                    all.addAll(of);
                }
            });
            all.forEach(f -> {
                try {
                    f.join();
                } catch (RuntimeException ignored) {
                    // the first failure is the one reported
                }
            });
            throw e;
        } finally {
            context.cleanUp();
            jobPool.shutdownNow();
            writerPool.shutdownNow();
        }
    }

    /** Concurrent mart writes: enough to overlap the per-write overhead of small marts on a few cores. */
    private static final int WRITERS = 4;

    private void inRunGroup(String runId) {
        spark.sparkContext().setJobGroup(runId, "kuntadigi analyze " + runId, true);
    }

    /** Waits for every future; a failure is rethrown as it was thrown (not wrapped). */
    private static void await(Collection<? extends CompletableFuture<?>> futures) {
        for (CompletableFuture<?> f : futures) {
            try {
                f.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static AnalyticsConfig config(Path file, List<MartJob> jobs) {
        try {
            AnalyticsConfig config = AnalyticsConfig.load(file);
            jobs.forEach(job -> job.check(config)); // the features' files are checked before any work is done
            return config;
        } catch (IllegalArgumentException | FrameworkInputException e) {
            throw new UnusableInputException(e.getMessage(), e);
        }
    }

    /**
     * Checks before any work that every dataset the run reads — the reference data's and each feature's declared
     * {@link MartJob#datasets} — is published, naming a missing one and who reads it.
     */
    private static void checkPublished(WarehouseInputs inputs, List<MartJob> jobs) {
        Map<DatasetSchema, List<String>> readers = new LinkedHashMap<>();
        ReferenceReader.DATASETS.forEach(d -> readers.computeIfAbsent(d, k -> new ArrayList<>()).add("the reference data"));
        for (MartJob job : jobs) {
            job.datasets().stream().sorted(Comparator.comparing(DatasetSchema::name))
                    .forEach(d -> readers.computeIfAbsent(d, k -> new ArrayList<>()).add(job.feature()));
        }
        readers.forEach(inputs::checkPublished);
    }

    /**
     * Marts computed on the driver are written by the driver as one Parquet file (no Spark job for a few
     * hundred thousand rows at most); marts computed by Spark are written by its tasks as they are (no
     * cache) and their rows counted from the Parquet footers. Either way the natural key is checked unique
     * ({@link NaturalKeys}) before the mart is staged.
     */
    private Staged write(MartTable table, org.apache.hadoop.fs.Path staging) {
        long t0 = System.nanoTime();
        org.apache.hadoop.fs.Path dir = new org.apache.hadoop.fs.Path(staging, "marts/" + table.schema().name());
        long rows;
        if (table.driverRows() != null) {
            NaturalKeys.check(table.schema(), table.driverRows());
            org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(dir, "part-00000-driver.zstd.parquet");
            try {
                DriverParquet.write(table.schema(), table.driverRows(),
                        HadoopOutputFile.fromPath(file, spark.sparkContext().hadoopConfiguration()));
            } catch (IOException e) {
                throw new UncheckedIOException("writing " + table.schema().name() + " to " + dir, e);
            }
            rows = table.rows();
        } else {
            table.frame().write().mode(SaveMode.ErrorIfExists).parquet(dir.toString());
            Dataset<Row> written = spark.read().parquet(dir.toString());
            NaturalKeys.check(table.schema(), written);
            rows = written.count();
        }
        return new Staged(table.schema(), dir, rows, (System.nanoTime() - t0) / 1_000_000);
    }

    private static void checkComplete(List<Staged> staged) {
        List<String> expected = Marts.all().stream().map(DatasetSchema::name).sorted().toList();
        List<String> got = staged.stream().map(s -> s.schema().name()).sorted().toList();
        if (!expected.equals(got)) {
            throw new IllegalStateException("the jobs computed " + got + ", the catalog lists " + expected);
        }
    }

    private static void publish(WarehouseStore store, String runId, List<Staged> staged, Map<String, String> inputs,
                                Path configFile) throws IOException {
        WarehousePublisher publisher = new WarehousePublisher(store);
        String published = Instant.now().toString();
        String checksum = sha256(configFile);
        for (Staged s : staged) {
            MartManifest manifest = new MartManifest(runId, s.schema().name(), s.schema().source(),
                    s.schema().version(), published, s.schema().columnNames(), inputs,
                    configFile == null ? null : configFile.toString(), checksum, s.rows(), s.elapsedMs());
            publisher.publishFolder(runId, s.dir(), Layout.martVersions(s.schema().name()),
                    Layout.mart(s.schema().name()), manifest);
        }
    }

    private static String sha256(Path file) throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
