import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The analyze benchmark's yardstick: the transaction aggregations of `kuntadigi analyze` (the
 * potential_channel_year and potential_service_year marts, joined to channels, services and
 * municipalities) written directly in DuckDB SQL over the same published warehouse, each mart COPY'd
 * to Parquet. Usage: AnalyzeDuckDbBaseline WAREHOUSE OUT_DIR
 */
public class AnalyzeDuckDbBaseline {
    public static void main(String[] args) throws Exception {
        Path wh = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(out);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '4GB'");
            s.execute("CREATE VIEW tx AS SELECT * FROM read_parquet('" + wh.resolve("transactions/**/*.parquet")
                    + "', hive_partitioning = true)");
            s.execute("CREATE VIEW ch AS SELECT * FROM read_parquet('" + wh.resolve("channels/*.parquet") + "')");
            s.execute("CREATE VIEW sv AS SELECT * FROM read_parquet('" + wh.resolve("services/*.parquet") + "')");
            s.execute("CREATE VIEW mu AS SELECT m.municipality_code, m.name_fi AS municipality_name_fi, "
                    + "coalesce(m.successor_code, m.municipality_code) AS current_code, "
                    + "coalesce(s.name_fi, m.name_fi) AS current_name_fi FROM read_parquet('"
                    + wh.resolve("municipalities/*.parquet") + "') m LEFT JOIN read_parquet('"
                    + wh.resolve("municipalities/*.parquet") + "') s ON s.municipality_code = m.successor_code");
            s.execute("""
                    CREATE TABLE by_channel AS
                    SELECT g.municipality_code, mu.municipality_name_fi, mu.current_code, mu.current_name_fi,
                           g.service_code, sv.name_fi AS service_name_fi, sv.name_en AS service_name_en, sv.ptv_class,
                           sv.sector, g.year, g.channel_code, ch.name_fi AS channel_name_fi, ch.name_en AS channel_name_en,
                           ch.digital, g.transactions,
                           coalesce(g.known_minutes, 0) + CASE WHEN ch.digital THEN 0
                               ELSE g.tx_without_minutes * sv.default_handling_minutes END AS handling_minutes,
                           ch.unit_cost_cents, g.transactions * ch.unit_cost_cents AS cost_cents, g.synthetic
                    FROM (SELECT municipality_code, service_code, year, channel_code, sum(transactions) AS transactions,
                                 sum(handling_minutes) AS known_minutes,
                                 sum(CASE WHEN handling_minutes IS NULL THEN transactions ELSE 0 END) AS tx_without_minutes,
                                 bool_or(synthetic) AS synthetic
                          FROM tx GROUP BY ALL) g
                    JOIN ch USING (channel_code) JOIN sv USING (service_code) JOIN mu USING (municipality_code)
                    """);
            s.execute("COPY by_channel TO '" + out.resolve("potential_channel_year.parquet")
                    + "' (FORMAT parquet, COMPRESSION zstd)");
            s.execute("""
                    COPY (SELECT municipality_code, municipality_name_fi, current_code, current_name_fi, service_code,
                                 service_name_fi, service_name_en, ptv_class, sector, year,
                                 sum(transactions) AS transactions,
                                 sum(transactions) FILTER (WHERE digital) AS digital_transactions,
                                 sum(transactions) FILTER (WHERE NOT digital) AS non_digital_transactions,
                                 sum(transactions) FILTER (WHERE digital) / nullif(sum(transactions), 0) AS digital_take_up,
                                 sum(handling_minutes) AS handling_minutes,
                                 sum(handling_minutes) FILTER (WHERE NOT digital) AS non_digital_handling_minutes,
                                 sum(cost_cents) AS cost_cents, sum(cost_cents) / nullif(sum(transactions), 0)
                                     AS cost_per_transaction_cents, bool_or(synthetic) AS synthetic
                          FROM by_channel GROUP BY ALL)
                    TO '%s' (FORMAT parquet, COMPRESSION zstd)
                    """.formatted(out.resolve("potential_service_year.parquet")));
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM by_channel")) {
                rs.next();
                System.out.printf("duckdb channel_year_rows=%d elapsed_s=%.2f%n", rs.getLong(1),
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }
}
