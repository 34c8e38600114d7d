import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The benchmark's yardstick: DuckDB's own read_csv -> Parquet COPY of the same transaction
 * files the ingestion job loads, in the same run. Usage: DuckDbBaseline DATASETS_DIR OUT_DIR
 */
public class DuckDbBaseline {
    public static void main(String[] args) throws Exception {
        Path datasets = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        String glob = datasets.resolve("transactions").resolve("*.csv").toString();
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '4GB'");
            s.execute("COPY (SELECT * FROM read_csv('" + glob + "', header = true)) TO '" + out.resolve("transactions")
                    + "' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year), OVERWRITE_OR_IGNORE)");
            long copied = System.nanoTime();
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + out.resolve("transactions")
                    + "/**/*.parquet', hive_partitioning = true)")) {
                rs.next();
                System.out.printf("duckdb rows=%d copy_s=%.2f%n", rs.getLong(1), (copied - start) / 1e9);
            }
        }
    }
}
