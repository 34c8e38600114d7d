package fi.kuntadigi.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Builds the test warehouse of {@code fixture/warehouse.sql} with DuckDB, plus manifests and a run record. */
public final class TestWarehouse {

    static final List<String> DATASETS = List.of("municipalities", "services", "channels", "transactions", "roadmap_actions");

    private TestWarehouse() {
    }

    public static Path build(Path root) throws IOException, SQLException {
        String sql;
        try (InputStream in = TestWarehouse.class.getResourceAsStream("/fixture/warehouse.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${root}", root.toString());
        }
        for (String dir : List.of("municipalities", "services", "channels", "roadmap_actions", "quarantine/transactions", "_runs")) {
            Files.createDirectories(root.resolve(dir));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String statement : sql.split(";\\s*\n")) {
                String body = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).trim();
                if (body.isEmpty()) {
                    continue;
                }
                int to = body.indexOf("to '" + root + "/marts/");
                if (to >= 0) {
                    String path = body.substring(to + 4, body.indexOf('\'', to + 4));
                    Files.createDirectories(Path.of(path).getParent());
                }
                s.execute(body);
            }
        }
        Instant published = Instant.now();
        for (String dataset : DATASETS) {
            manifest(root.resolve(dataset), dataset, published);
        }
        try (Stream<Path> marts = Files.list(root.resolve("marts"))) {
            for (Path mart : marts.toList()) {
                manifest(mart, mart.getFileName().toString(), published);
            }
        }
        Files.writeString(root.resolve("_runs/20210101T000000Z-test.json"), """
                {"run_id": "20210101T000000Z-test", "job": "ingest", "status": "succeeded",
                 "started_at": "%s", "finished_at": "%s",
                 "datasets": [{"dataset": "transactions", "rows_read": 21, "rows_published": 20, "rows_quarantined": 1}]}
                """.formatted(published.minusSeconds(3700), published.minusSeconds(3600)));
        Files.writeString(root.resolve("_runs/history.jsonl"), """
                {"job":"nightly-ingest","attempt":1,"run_id":"20210101T000000Z-test","started_at":"%s","finished_at":"%s","exit_code":3,"outcome":"succeeded_with_quarantine","message":null}
                """.formatted(published.minusSeconds(3700), published.minusSeconds(3600)));
        Files.writeString(root.resolve("_runs/20210101T000000Z-test.log.jsonl"), """
                {"ts":"%1$s","run_id":"20210101T000000Z-test","event":"run_started","job":"ingest"}
                {"ts":"%2$s","run_id":"20210101T000000Z-test","event":"run_published","rows_quarantined":1}
                """.formatted(published.minusSeconds(3700), published.minusSeconds(3600)));
        return root;
    }

    private static void manifest(Path folder, String name, Instant published) throws IOException {
        Files.writeString(folder.resolve("_manifest.json"), """
                {"run_id": "20210101T000000Z-test", "dataset": "%s", "published_at": "%s", "rows_published": 20, "rows_quarantined": 0}
                """.formatted(name, published));
    }
}
