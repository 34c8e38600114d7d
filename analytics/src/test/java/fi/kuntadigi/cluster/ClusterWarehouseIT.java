package fi.kuntadigi.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.cli.Kuntadigi;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.ingestion.publish.WarehouseStore;
import fi.kuntadigi.operations.RunRecord;
import fi.kuntadigi.ingestion.testing.Duck;
import fi.kuntadigi.ingestion.testing.Fixtures;
import fi.kuntadigi.ingestion.spark.SparkSessions;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.RunLock;
import fi.kuntadigi.testing.BundledWarehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch chain on a real Spark standalone cluster (a Master and a Worker process, {@link StandaloneCluster}) with
 * its warehouse on a real HDFS — an in-process NameNode and DataNode (hadoop-client-minicluster, the Hadoop version
 * Spark ships) at {@code hdfs://127.0.0.1:<port>/warehouse}: ingest and analyze run as driver processes with the
 * packaged jars, their executors on the Worker, and publish exactly what local mode publishes into a local folder,
 * through pointer files instead of symlinks; a second run swaps the pointers, a failed run leaves the previous
 * versions readable, the run lock holds on HDFS, and {@code marts pull} brings the marts to a local folder DuckDB
 * reads. One cluster start and one HDFS serve every check, so the bundled chain runs once on each side.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterWarehouseIT {

    static final Path DATASETS = Path.of("..", "datasets");

    @TempDir
    static Path tmp;
    static MiniDFSCluster hdfs;
    static Warehouse local;
    static Warehouse remote;
    static WarehouseStore store;
    static Path workerDir;

    private static Path target() {
        return Path.of(System.getProperty("kuntadigi.target", "target")).toAbsolutePath();
    }

    @BeforeAll
    static void startHdfsAndRunTheChainOnTheClusterAndLocally() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, tmp.resolve("dfs").toString());
        conf.set("dfs.namenode.http-address", "127.0.0.1:0");
        conf.set("dfs.datanode.http.address", "127.0.0.1:0");
        conf.set("dfs.datanode.address", "127.0.0.1:0");
        conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
        hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).format(true).build();
        hdfs.waitActive();

        remote = Warehouse.at("hdfs://127.0.0.1:" + hdfs.getNameNodePort() + "/warehouse");
        String datasets = DATASETS.toAbsolutePath().normalize().toString();
        try (StandaloneCluster cluster = StandaloneCluster.start(target(), tmp.resolve("spark"))) {
            workerDir = cluster.workerDir();
            for (String job : new String[] {"ingest", "analyze"}) {
                cluster.kuntadigi(tmp.resolve("cluster-" + job + ".log"), job, "--datasets", datasets,
                        "--warehouse", remote.toString());
            }
        }
        store = WarehouseStore.open(remote, spark().sparkContext().hadoopConfiguration());
        // the local-mode reference: the build's bundled warehouse, made by the batch command line's processes
        local = new Warehouse(BundledWarehouse.copy(DATASETS.getParent(), tmp.resolve("local"), SparkSessions.jvmOptions()));
    }

    @AfterAll
    static void stopHdfs() {
        if (hdfs != null) {
            hdfs.shutdown(true);
        }
    }

    /**
     * The batch command line's own local session, so that the runs in this JVM split and sum the data as the
     * processes do (doubles summed in another order can differ in the last bit).
     */
    static SparkSession spark() {
        return SparkSessions.getOrCreate(SparkSessions.Settings.local());
    }

    private record Outcome(int status, String err) {
    }

    private static Outcome kuntadigi(String... args) {
        var cli = Kuntadigi.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        return new Outcome(cli.execute(args), err.toString());
    }

    private static void assertOk(String job, String warehouse) {
        Outcome outcome = kuntadigi(job, "--datasets", DATASETS.toString(), "--warehouse", warehouse);
        assertTrue(outcome.status() == ExitCodes.OK || outcome.status() == ExitCodes.OK_WITH_QUARANTINE,
                job + " --warehouse " + warehouse + " exited " + outcome.status() + ": " + outcome.err());
    }

    @Test
    @Order(0)
    void theWorkerRanExecutorsForBothJobs() throws Exception {
        try (Stream<Path> apps = Files.list(workerDir)) {
            assertEquals(2, apps.filter(app -> app.getFileName().toString().startsWith("app-")).count(),
                    "one application per job (ingest, analyze), each with executors on the Worker");
        }
    }

    @Test
    @Order(1)
    void everyDatasetAndMartTheClusterPutOnHdfsEqualsTheLocalRun() throws Exception {
        WarehouseStore localStore = WarehouseStore.open(local, spark().sparkContext().hadoopConfiguration());
        for (DatasetSchema dataset : Datasets.all()) {
            assertSameRows(localStore, Layout.dataset(dataset.name()), dataset.name());
            assertSameRows(localStore, Layout.quarantine(dataset.name()), dataset.name() + " quarantine", "run_id");
        }
        for (DatasetSchema mart : Marts.all()) {
            assertSameRows(localStore, Layout.mart(mart.name()), mart.name());
        }
        org.apache.hadoop.fs.Path transactions = store.current("transactions").orElseThrow();
        assertEquals(83_916L, spark().read().parquet(transactions.toString()).count());
    }

    @Test
    @Order(2)
    void publishedNamesAreAtomicPointerFilesNotFolders() throws Exception {
        for (String published : List.of(Layout.dataset("transactions"), Layout.quarantine("transactions"),
                Layout.mart("potential_index"))) {
            assertFalse(store.exists(store.path(published)), published + " is only a pointer on HDFS");
            String pointer = pointer(published);
            assertTrue(pointer.startsWith("_versions/"), pointer);
            assertTrue(store.fileSystem().getFileStatus(store.path(pointer)).isDirectory(), pointer);
        }
        assertTrue(store.exists(store.path(pointer(Layout.dataset("transactions")) + "/" + Warehouse.MANIFEST)));
        assertTrue(store.exists(store.path(pointer(Layout.mart("potential_index")) + "/" + Warehouse.MANIFEST)));
        assertEquals(List.of(), store.list(store.path(Layout.STAGING)), "no staging left behind");
        RunRecord run = newestRecord("analyze");
        assertEquals(RunRecord.SUCCEEDED, run.status());
        assertTrue(store.exists(store.path(Layout.RUNS + "/" + run.runId() + ".log.jsonl")), "the run's log is on HDFS");
    }

    @Test
    @Order(3)
    void martsPullBringsTheCurrentMartsToALocalFolderThatDuckDbReads() throws Exception {
        Path pulled = tmp.resolve("pulled");
        Outcome outcome = kuntadigi("marts", "pull", "--from", remote.toString(), "--to", pulled.toString());
        assertEquals(ExitCodes.OK, outcome.status(), outcome.err());

        Warehouse copy = new Warehouse(pulled);
        for (DatasetSchema mart : Marts.all()) {
            assertTrue(Files.isSymbolicLink(copy.mart(mart.name())), mart.name());
            assertEquals(Path.of(pointer(Layout.mart(mart.name()))).getFileName(),
                    Files.readSymbolicLink(copy.mart(mart.name())).getFileName(), "the pulled version is the current one");
            assertTrue(Files.isRegularFile(copy.mart(mart.name()).resolve(Warehouse.MANIFEST)), mart.name());
            assertEquals(duck(local.martGlob(mart.name())), duck(copy.martGlob(mart.name())), mart.name());
        }
        Outcome again = kuntadigi("marts", "pull", "--from", remote.toString(), "--to", pulled.toString(), "--run-id", "x");
        assertEquals(ExitCodes.OK, again.status(), "pulling again (as a scheduled job) is harmless: " + again.err());
    }

    @Test
    @Order(4)
    void aSecondAnalyzeSwapsEveryMartPointerToItsNewVersion() throws Exception {
        Map<String, String> before = pointers();
        assertOk("analyze", remote.toString());
        Map<String, String> after = pointers();

        WarehouseStore localStore = WarehouseStore.open(local, spark().sparkContext().hadoopConfiguration());
        for (DatasetSchema mart : Marts.all()) {
            String name = mart.name();
            assertNotEquals(before.get(name), after.get(name), name);
            assertTrue(store.exists(store.path(before.get(name))), "the previous version is kept: " + name);
            assertSameRows(localStore, Layout.mart(name), name);
        }
    }

    @Test
    @Order(5)
    void aFailedIngestLeavesThePreviousVersionsPublishedAndReadable() throws Exception {
        Path broken = tmp.resolve("broken-datasets");
        copyTree(DATASETS, broken);
        Fixtures.csv(broken, "roadmap_actions/roadmap_actions.csv", "action_id,owner\nx,214\n");
        String transactions = pointer(Layout.dataset("transactions"));
        String actions = pointer(Layout.dataset("roadmap_actions"));
        long rows = spark().read().parquet(store.current("transactions").orElseThrow().toString()).count();

        Outcome failed = kuntadigi("ingest", "--datasets", broken.toString(), "--warehouse", remote.toString(),
                "--source", "transactions,roadmap");

        assertEquals(ExitCodes.UNUSABLE_INPUT, failed.status(), failed.err());
        assertEquals(transactions, pointer(Layout.dataset("transactions")));
        assertEquals(actions, pointer(Layout.dataset("roadmap_actions")));
        assertEquals(rows, spark().read().parquet(store.current("transactions").orElseThrow().toString()).count());
        assertEquals(List.of(), store.list(store.path(Layout.STAGING)), "the failed run's staging is removed");
        RunRecord run = newestRecord("ingest");
        assertEquals(RunRecord.FAILED, run.status());
        assertTrue(run.error().contains("roadmap_actions"), run.error());
    }

    @Test
    @Order(6)
    void theRunLockHoldsOnHdfs() throws Exception {
        RunLock held = store.lock("ingest");
        try {
            assertTrue(store.exists(store.path(Layout.LOCKS + "/ingest.lock")));
            Outcome second = kuntadigi("ingest", "--datasets", DATASETS.toString(), "--warehouse", remote.toString());
            assertEquals(ExitCodes.ALREADY_RUNNING, second.status(), second.err());
            assertTrue(second.err().contains("process " + ProcessHandle.current().pid()), second.err());
        } finally {
            held.close();
        }
        assertFalse(store.exists(store.path(Layout.LOCKS + "/ingest.lock")), "released");

        // a lock left by a killed run (its process is gone) is cleared and taken over
        Process killed = new ProcessBuilder("sleep", "30").start();
        killed.destroyForcibly().waitFor();
        try (var out = store.fileSystem().create(store.path(Layout.LOCKS + "/analyze.lock"), false)) {
            out.write(("pid=" + killed.pid() + "\nhost=" + java.net.InetAddress.getLocalHost().getHostName()
                    + "\nsince=" + java.time.Instant.now() + "\ntoken=old\n").getBytes(StandardCharsets.UTF_8));
        }
        RunLock taken = store.lock("analyze");
        String content = new String(store.read(store.path(Layout.LOCKS + "/analyze.lock")).orElseThrow(),
                StandardCharsets.UTF_8);
        taken.close();
        assertTrue(content.contains("pid=" + ProcessHandle.current().pid()), content);
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static String pointer(String published) throws Exception {
        return new String(store.read(store.path(Layout.pointer(published))).orElseThrow(), StandardCharsets.UTF_8).strip();
    }

    private static Map<String, String> pointers() throws Exception {
        Map<String, String> all = new TreeMap<>();
        for (DatasetSchema mart : Marts.all()) {
            all.put(mart.name(), pointer(Layout.mart(mart.name())));
        }
        return all;
    }

    private static RunRecord newestRecord(String job) throws Exception {
        List<RunRecord> records = new ArrayList<>();
        for (FileStatus f : store.list(store.path(Layout.RUNS))) {
            if (f.getPath().getName().endsWith(".json")) {
                records.add(store.readJson(f.getPath(), RunRecord.class));
            }
        }
        return records.stream().filter(r -> r.job().equals(job)).reduce((a, b) -> b).orElseThrow();
    }

    /** The same rows (as multisets) in the local and the HDFS warehouse's current version of a published name. */
    private static void assertSameRows(WarehouseStore localStore, String published, String what, String... exclude)
            throws Exception {
        Dataset<Row> mine = spark().read().parquet(localStore.current(published).orElseThrow().toString()).drop(exclude);
        Dataset<Row> theirs = spark().read().parquet(store.current(published).orElseThrow().toString()).drop(exclude);
        assertEquals(mine.count(), theirs.count(), what + ": rows");
        assertEquals(0, mine.exceptAll(theirs).count(), what + ": rows only in the local run");
        assertEquals(0, theirs.exceptAll(mine).count(), what + ": rows only in the HDFS run");
    }

    private static List<List<Object>> duck(String glob) throws Exception {
        return Duck.rows("select * from read_parquet('" + glob + "') order by all");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
