package fi.kuntadigi.cluster;

import fi.kuntadigi.operations.ExitCodes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;

import fi.kuntadigi.cli.Kuntadigi;
import fi.kuntadigi.ingestion.spark.SparkSessions;
import fi.kuntadigi.ingestion.testing.Duck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch chain (ingest, analyze) on a real standalone cluster publishes exactly what local mode publishes. */
class StandaloneClusterIT {

    @TempDir
    Path tmp;

    private static Path target() {
        return Path.of(System.getProperty("kuntadigi.target", "analytics/target"));
    }

    private int kuntadigi(Path sparkHome, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(SparkSessions.jvmOptions().split("\\s+")));
        command.addAll(List.of("-Xmx1g", "-cp", sparkHome.resolve("jars") + "/*", Kuntadigi.class.getName()));
        command.addAll(List.of(args));
        Path log = tmp.resolve("cli-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = process.waitFor();
        if (status != ExitCodes.OK && status != ExitCodes.OK_WITH_QUARANTINE) {
            throw new AssertionError("kuntadigi " + String.join(" ", args) + " exited " + status + ":\n" + Files.readString(log));
        }
        return status;
    }

    @Test
    void ingestAndAnalyzeOnTheClusterEqualLocalMode() throws Exception {
        Path datasets = target().getParent().getParent().resolve("datasets");
        Warehouse local = new Warehouse(tmp.resolve("local"));
        Warehouse cluster = new Warehouse(tmp.resolve("cluster"));

        // the bundled datasets, read in place
        try (StandaloneCluster spark = StandaloneCluster.start(target(), tmp.resolve("spark"))) {
            for (String job : new String[] {"ingest", "analyze"}) {
                kuntadigi(spark.sparkHome(), job, "--datasets", datasets.toString(), "--warehouse", local.root().toString());
                kuntadigi(spark.sparkHome(), job, "--datasets", datasets.toString(), "--warehouse", cluster.root().toString(),
                        "--master", spark.masterUrl(), "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2");
            }
            try (var apps = Files.list(tmp.resolve("spark/worker"))) {
                assertTrue(apps.anyMatch(app -> app.getFileName().toString().startsWith("app-")),
                        "the Worker ran executors for the application");
            }
        }

        for (DatasetSchema dataset : Datasets.all()) {
            assertEquals(rows(local.parquetGlob(dataset.name())), rows(cluster.parquetGlob(dataset.name())), dataset.name());
            assertEquals(rows(local.quarantine(dataset.name()).resolve("*.parquet").toString(), "run_id"),
                    rows(cluster.quarantine(dataset.name()).resolve("*.parquet").toString(), "run_id"), dataset.name());
        }
        for (DatasetSchema mart : Marts.all()) {
            assertEquals(rows(local.mart(mart.name()).resolve("**").resolve("*.parquet").toString()),
                    rows(cluster.mart(mart.name()).resolve("**").resolve("*.parquet").toString()), mart.name());
        }
        assertEquals(83_916L, Duck.value("select count(*) from read_parquet('" + cluster.parquetGlob("transactions") + "')"));
    }

    private static List<List<Object>> rows(String glob, String... exclude) throws Exception {
        String columns = exclude.length == 0 ? "*" : "* exclude (" + String.join(", ", exclude) + ")";
        return Duck.rows("select " + columns + " from read_parquet('" + glob + "') order by all");
    }
}
