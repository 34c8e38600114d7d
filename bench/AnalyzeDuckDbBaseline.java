import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The analyze benchmark's yardstick: the transaction aggregations of `kuntadigi analyze` written
 * directly in DuckDB SQL over the same published warehouse, with the same columns: the
 * potential_channel_year mart (codes, channel costs and the merger rule's current_code) and the
 * potential_service_year mart rolled up from it and labelled (municipality, service, sector names),
 * each COPY'd to Parquet. Usage: AnalyzeDuckDbBaseline WAREHOUSE OUT_DIR
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
            // sector labels: analyze takes them from its code table (fi.kuntadigi.analytics.common.Labels)
            s.execute("""
                    CREATE TABLE sector_labels AS SELECT * FROM (VALUES
                        ('general_administration', 'Yleishallinto', 'General administration'),
                        ('education', 'Opetus', 'Education'),
                        ('early_childhood', 'Varhaiskasvatus', 'Early childhood education'),
                        ('technical', 'Tekniset palvelut', 'Technical services'),
                        ('social_health', 'Sosiaali- ja terveyspalvelut', 'Social and health services'),
                        ('leisure_culture', 'Vapaa-aika ja kulttuuri', 'Leisure and culture'))
                        t(sector, sector_name_fi, sector_name_en)
                    """);
            // the one aggregation of the transactions, costed per channel; potential_channel_year carries codes only
            s.execute("""
                    CREATE TABLE by_channel AS
                    SELECT g.municipality_code, mu.current_code, g.service_code, g.year, g.channel_code, ch.digital,
                           g.transactions,
                           coalesce(g.known_minutes, 0) + CASE WHEN ch.digital THEN 0
                               ELSE g.tx_without_minutes * sv.default_handling_minutes END AS handling_minutes,
                           ch.unit_cost_cents, g.transactions * ch.unit_cost_cents AS cost_cents, g.synthetic
                    FROM (SELECT municipality_code, service_code, year::INTEGER AS year, channel_code,
                                 sum(transactions)::BIGINT AS transactions,
                                 sum(handling_minutes) AS known_minutes,
                                 sum(CASE WHEN handling_minutes IS NULL THEN transactions ELSE 0 END)::BIGINT AS tx_without_minutes,
                                 bool_or(synthetic) AS synthetic
                          FROM tx GROUP BY municipality_code, service_code, year, channel_code) g
                    JOIN ch USING (channel_code) JOIN sv USING (service_code) JOIN mu USING (municipality_code)
                    """);
            s.execute("COPY (SELECT municipality_code, current_code, service_code, year, channel_code, digital, transactions, "
                    + "handling_minutes, unit_cost_cents, cost_cents FROM by_channel) TO '"
                    + out.resolve("potential_channel_year.parquet") + "' (FORMAT parquet, COMPRESSION zstd)");
            // rolled up to service x year, then labelled (as analyze does)
            s.execute("""
                    COPY (SELECT y.municipality_code, mu.municipality_name_fi, mu.current_code, mu.current_name_fi,
                                 y.service_code, sv.name_fi AS service_name_fi, sv.name_en AS service_name_en, sv.ptv_class,
                                 sv.sector, sl.sector_name_fi, sl.sector_name_en, y.year, y.transactions,
                                 y.digital_transactions, y.transactions - y.digital_transactions AS non_digital_transactions,
                                 y.digital_transactions / nullif(y.transactions, 0) AS digital_take_up,
                                 y.handling_minutes, y.non_digital_handling_minutes, y.cost_cents,
                                 y.cost_cents / nullif(y.transactions, 0) AS cost_per_transaction_cents, y.synthetic
                          FROM (SELECT municipality_code, service_code, year, sum(transactions)::BIGINT AS transactions,
                                       coalesce(sum(transactions) FILTER (WHERE digital), 0)::BIGINT AS digital_transactions,
                                       sum(handling_minutes) AS handling_minutes,
                                       coalesce(sum(handling_minutes) FILTER (WHERE NOT digital), 0) AS non_digital_handling_minutes,
                                       sum(cost_cents)::BIGINT AS cost_cents, bool_or(synthetic) AS synthetic
                                FROM by_channel GROUP BY ALL) y
                          JOIN sv USING (service_code) JOIN mu USING (municipality_code)
                          LEFT JOIN sector_labels sl ON sl.sector = sv.sector)
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
