package fi.kuntadigi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.Json;
import fi.kuntadigi.operations.RunRecord;
import fi.kuntadigi.ingestion.spark.SparkSessions;
import fi.kuntadigi.ingestion.testing.Duck;
import fi.kuntadigi.ingestion.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch process killed with SIGKILL half-way leaves the last published data intact and readable. */
class KilledRunTest {

    @TempDir
    Path tmp;

    private Process ingest(Path datasets, Warehouse warehouse) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(SparkSessions.jvmOptions().split("\\s+")));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Kuntadigi.class.getName(), "ingest",
                "--datasets", datasets.toString(), "--warehouse", warehouse.root().toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.resolve("ingest.log").toFile()).start();
    }

    @Test
    void killedIngestLeavesThePreviousVersionPublished() throws Exception {
        Path datasets = Fixtures.minimal(tmp.resolve("datasets"));
        Warehouse warehouse = new Warehouse(tmp.resolve("warehouse"));
        // the version to keep: published by an ingest in this JVM (only the killed run needs a process of its own)
        assertEquals(ExitCodes.OK, Kuntadigi.commandLine().execute("ingest", "--datasets", datasets.toString(),
                "--warehouse", warehouse.root().toString()));
        Path published = Files.readSymbolicLink(warehouse.dataset("transactions"));
        Fixtures.csv(datasets, "transactions/214.csv", """
                municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic
                214,building_permit,paper,2021-01-01,2021,1000,450,true
                """);

        Process second = ingest(datasets, warehouse);
        awaitStaging(warehouse, second);
        second.destroyForcibly().waitFor();

        assertEquals(published, Files.readSymbolicLink(warehouse.dataset("transactions")));
        assertEquals(47L, Duck.value("select sum(transactions)::bigint from read_parquet('"
                + warehouse.parquetGlob("transactions") + "', hive_partitioning = true)"));
        assertTrue(runs(warehouse).stream().anyMatch(r -> r.status().equals(RunRecord.RUNNING)),
                "the killed run stays visible as never finished");
    }

    private static void awaitStaging(Warehouse warehouse, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        Path staging = warehouse.staging("x").getParent();
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (Files.isDirectory(staging)) {
                try (Stream<Path> runs = Files.list(staging)) {
                    if (runs.anyMatch(run -> Files.exists(run.resolve("municipalities")))) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second run never started staging (alive=" + process.isAlive() + ")");
    }

    private static List<RunRecord> runs(Warehouse warehouse) throws Exception {
        List<RunRecord> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(warehouse.runs())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                records.add(Json.read(f, RunRecord.class));
            }
        }
        return records;
    }
}
