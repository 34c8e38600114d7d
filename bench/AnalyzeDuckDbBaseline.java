import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;

/**
 * The analyze benchmark's yardstick: the aggregations of `kuntadigi analyze`'s potential feature written
 * directly in DuckDB SQL over the same published warehouse, with the same configuration, each result
 * COPY'd to Parquet:
 * <ol>
 *   <li>transactions: the potential_channel_year mart (codes, channel costs and the merger rule's
 *       current_code) and the potential_service_year mart rolled up from it and labelled;</li>
 *   <li>savings and index: the base year's service-municipalities (current municipalities, transactions
 *       > 0), their saving up to the adoption ceiling, business case alone and shared, the seven
 *       indicators, min-max normalisation, the weighted index, its rank and the legal-priority rank;</li>
 *   <li>Monte Carlo: the framework method's uncertainty.runs runs, each drawing the weights (x U(1-s, 1+s), renormalised), the two
 *       unit-cost factors (U(1-u, 1+u)) and the aggregation (linear or geometric), re-normalising the two
 *       cost-dependent indicators, ranking every unit, then each unit's median and 5 / 95 % rank (type 7,
 *       quantile_cont) over the runs.</li>
 * </ol>
 * The few per-unit inputs that come from the region-sized datasets and the solution catalogue (residents'
 * readiness from the post-stratified survey, the sector's maturity index, the unit's share of its solution's
 * costs alone and shared) are read from analyze's own potential_savings and potential_indicators marts, so
 * analyze must have run on this warehouse first; they are a few thousand rows of arithmetic in either engine.
 * DuckDB's random numbers are not analyze's (same distributions, another generator), so the Monte Carlo
 * intervals agree statistically, not exactly; the point index agrees exactly (printed as a check, untimed).
 * <p>Usage: AnalyzeDuckDbBaseline WAREHOUSE OUT_DIR CONFIG (the analytics.properties analyze ran with)
 */
public class AnalyzeDuckDbBaseline {

    private static final List<String> INDICATORS = List.of("non_digital_volume", "non_digital_share",
            "handling_hours", "saving_per_transaction", "readiness", "sector_maturity", "net_benefit_shared");

    public static void main(String[] args) throws Exception {
        Path wh = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        Properties config = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of(args[2]), StandardCharsets.UTF_8)) {
            config.load(r);
        }
        frameworkSettings(config, Path.of(args[2]).toAbsolutePath().getParent());
        if (!config.getProperty("index.normalisation").equals("min_max")) {
            throw new IllegalArgumentException("the baseline implements index.normalisation=min_max only");
        }
        Files.createDirectories(out);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET memory_limit = '8GB'");
            transactions(s, wh, out);
            long t1 = System.nanoTime();
            savingsAndIndex(s, wh, out, config);
            long t2 = System.nanoTime();
            monteCarlo(s, out, config);
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "duckdb step transactions %.2f s, savings_and_index %.2f s, monte_carlo %.2f s, total %.2f s%n",
                    (t1 - start) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t3 - start) / 1e9);
            check(s, wh);
        }
    }

    /**
     * The index's settings from its framework folder (analytics.properties' index.framework: iMeta.csv's weights,
     * method.properties' normalisation, aggregation and Monte Carlo), under the names this yardstick reads.
     */
    private static void frameworkSettings(Properties config, Path configFolder) throws Exception {
        Path folder = configFolder.resolve(config.getProperty("index.framework", "index/potential"));
        Properties method = new Properties();
        try (Reader r = Files.newBufferedReader(folder.resolve("method.properties"), StandardCharsets.UTF_8)) {
            method.load(r);
        }
        List<String> meta = Files.readAllLines(folder.resolve("iMeta.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(meta.get(0).split(","));
        for (String line : meta.subList(1, meta.size())) {
            String[] cells = line.split(",", -1);
            if (cells[header.indexOf("Type")].equals("Indicator")) {
                config.setProperty("index.weight." + cells[header.indexOf("iCode")], cells[header.indexOf("Weight")]);
            }
        }
        boolean minMax01 = method.getProperty("normalise", "minmax").strip().equals("minmax")
                && Double.parseDouble(method.getProperty("normalise.low", "0").strip()) == 0
                && Double.parseDouble(method.getProperty("normalise.high", "100").strip()) == 1;
        config.setProperty("index.normalisation", minMax01 ? "min_max" : "other");
        config.setProperty("index.aggregation", method.getProperty("aggregate", "arithmetic").strip().equals("geometric")
                ? "geometric" : "linear");
        config.setProperty("index.geometric_floor", method.getProperty("aggregate.floor").strip());
        config.setProperty("index.mc.runs", method.getProperty("uncertainty.runs").strip());
        config.setProperty("index.mc.seed", method.getProperty("uncertainty.seed").strip());
        config.setProperty("index.mc.weight_spread", method.getProperty("uncertainty.weights").strip());
        config.setProperty("index.mc.unit_cost_spread", method.getProperty("uncertainty.input.non_digital_unit_cost").strip());
        config.setProperty("index.mc.vary_aggregation",
                String.valueOf(method.getProperty("uncertainty.aggregate", "").contains("geometric")));
    }

    /** The one aggregation of the transactions, costed per channel, and its roll-up to service x year. */
    private static void transactions(Statement s, Path wh, Path out) throws Exception {
        s.execute("CREATE VIEW tx AS SELECT * FROM read_parquet('" + wh.resolve("transactions/**/*.parquet")
                + "', hive_partitioning = true)");
        s.execute("CREATE VIEW ch AS SELECT * FROM read_parquet('" + wh.resolve("channels/*.parquet") + "')");
        s.execute("CREATE VIEW sv AS SELECT * FROM read_parquet('" + wh.resolve("services/*.parquet") + "')");
        s.execute("CREATE VIEW mu AS SELECT m.municipality_code, m.name_fi AS municipality_name_fi, "
                + "coalesce(m.successor_code, m.municipality_code) AS current_code, "
                + "coalesce(s.name_fi, m.name_fi) AS current_name_fi FROM read_parquet('"
                + wh.resolve("municipalities/*.parquet") + "') m LEFT JOIN read_parquet('"
                + wh.resolve("municipalities/*.parquet") + "') s ON s.municipality_code = m.successor_code");
        // sector labels: analyze takes them from its code table (fi.kuntadigi.catalog.Labels)
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
        s.execute("""
                CREATE TABLE by_service AS
                SELECT municipality_code, service_code, year, sum(transactions)::BIGINT AS transactions,
                       coalesce(sum(transactions) FILTER (WHERE digital), 0)::BIGINT AS digital_transactions,
                       sum(handling_minutes) AS handling_minutes,
                       coalesce(sum(handling_minutes) FILTER (WHERE NOT digital), 0) AS non_digital_handling_minutes,
                       sum(cost_cents)::BIGINT AS cost_cents,
                       coalesce(sum(cost_cents) FILTER (WHERE NOT digital), 0)::BIGINT AS non_digital_cost_cents,
                       bool_or(synthetic) AS synthetic
                FROM by_channel GROUP BY ALL
                """);
        s.execute("""
                COPY (SELECT y.municipality_code, mu.municipality_name_fi, mu.current_code, mu.current_name_fi,
                             y.service_code, sv.name_fi AS service_name_fi, sv.name_en AS service_name_en, sv.ptv_class,
                             sv.sector, sl.sector_name_fi, sl.sector_name_en, y.year, y.transactions,
                             y.digital_transactions, y.transactions - y.digital_transactions AS non_digital_transactions,
                             y.digital_transactions / nullif(y.transactions, 0) AS digital_take_up,
                             y.handling_minutes, y.non_digital_handling_minutes, y.cost_cents,
                             (2 * y.cost_cents + y.transactions) // nullif(2 * y.transactions, 0) AS cost_per_transaction_cents,
                             y.synthetic
                      FROM by_service y JOIN sv USING (service_code) JOIN mu USING (municipality_code)
                      LEFT JOIN sector_labels sl ON sl.sector = sv.sector)
                TO '%s' (FORMAT parquet, COMPRESSION zstd)
                """.formatted(out.resolve("potential_service_year.parquet")));
    }

    /**
     * The base year's units (PotentialJob.units, SavingModel, BusinessCase), their indicators (IndexUnit.raw),
     * the min-max normalised, weighted linear or geometric index (CompositeIndex), its rank and the priority
     * rank (legal obligations first when index.legal_priority).
     */
    private static void savingsAndIndex(Statement s, Path wh, Path out, Properties config) throws Exception {
        String marts = wh.resolve("marts") + "/";
        int years = horizonYears(config);
        s.execute("""
                CREATE TABLE unit_inputs AS
                SELECT p.municipality_code, p.service_code, p.readiness, p.one_off_cents, p.yearly_cents,
                       p.shared_one_off_cents, p.shared_yearly_cents, i.raw_value AS sector_maturity
                FROM read_parquet('%spotential_savings/*.parquet') p
                JOIN read_parquet('%spotential_indicators/*.parquet') i USING (municipality_code, service_code)
                WHERE i.indicator_id = 'sector_maturity'
                """.formatted(marts, marts));
        s.execute("""
                CREATE TABLE units AS
                WITH base AS (
                  SELECT y.*, y.transactions - y.digital_transactions AS non_digital,
                         y.handling_minutes - y.non_digital_handling_minutes AS digital_minutes
                  FROM by_service y JOIN mu USING (municipality_code)
                  WHERE y.year = %d AND y.transactions > 0 AND mu.current_code = y.municipality_code),
                service_minutes AS (
                  SELECT service_code, sum(digital_minutes) / nullif(sum(digital_transactions), 0) AS minutes
                  FROM base GROUP BY ALL),
                saving AS (
                  SELECT b.municipality_code, b.service_code, b.transactions, b.non_digital,
                         b.non_digital_handling_minutes, u.readiness, u.sector_maturity, u.one_off_cents,
                         u.yearly_cents, u.shared_one_off_cents, u.shared_yearly_cents, sv.statutory,
                         CASE WHEN b.non_digital = 0 THEN 0 ELSE b.non_digital_cost_cents / b.non_digital END AS nd_cents,
                         target.unit_cost_cents::DOUBLE AS d_cents,
                         greatest(0, least(b.non_digital, greatest(0, least(%s, u.readiness * %s)) * b.transactions
                             - b.digital_transactions)) AS shiftable,
                         CASE WHEN b.non_digital = 0 THEN 0 ELSE b.non_digital_handling_minutes / b.non_digital END
                             AS nd_minutes,
                         CASE WHEN b.digital_transactions > 0 THEN b.digital_minutes / b.digital_transactions
                             ELSE coalesce(m.minutes, 0) END AS d_minutes
                  FROM base b JOIN unit_inputs u USING (municipality_code, service_code)
                  JOIN sv USING (service_code) JOIN service_minutes m USING (service_code)
                  JOIN ch target ON target.channel_code = CASE WHEN sv.identification_required
                      THEN 'eservice_identified' ELSE 'web_form' END)
                SELECT row_number() OVER (ORDER BY municipality_code, service_code) - 1 AS unit, *,
                       greatest(0, nd_cents - d_cents) AS unit_saving_cents,
                       round(shiftable * unit_saving_cents)::BIGINT AS gross_cents,
                       shiftable * greatest(0, nd_minutes - d_minutes) AS saved_minutes,
                       shared_one_off_cents + %d * shared_yearly_cents AS shared_cost_cents,
                       %d * (gross_cents - yearly_cents) - one_off_cents AS net_benefit_alone_cents,
                       %d * (gross_cents - shared_yearly_cents) - shared_one_off_cents AS net_benefit_shared_cents
                FROM saving
                """.formatted(Integer.parseInt(config.getProperty("potential.base_year")),
                config.getProperty("potential.ceiling_max"), config.getProperty("potential.ceiling_factor"),
                years, years, years));
        s.execute("""
                COPY (SELECT municipality_code, service_code, transactions, non_digital, readiness, shiftable,
                             gross_cents, saved_minutes, saved_minutes / 60 / %s AS saved_person_years,
                             net_benefit_alone_cents,
                             CASE WHEN gross_cents - yearly_cents > 0
                                  THEN one_off_cents / (gross_cents - yearly_cents) END AS payback_years_alone,
                             net_benefit_shared_cents,
                             CASE WHEN gross_cents - shared_yearly_cents > 0
                                  THEN shared_one_off_cents / (gross_cents - shared_yearly_cents) END AS payback_years_shared
                      FROM units) TO '%s' (FORMAT parquet, COMPRESSION zstd)
                """.formatted(config.getProperty("potential.hours_per_person_year"), out.resolve("potential_savings.parquet")));
        s.execute("""
                CREATE TABLE raw AS
                SELECT unit, municipality_code, service_code, statutory AS legal,
                       non_digital::DOUBLE AS non_digital_volume, non_digital / transactions AS non_digital_share,
                       non_digital_handling_minutes / 60 AS handling_hours,
                       round(unit_saving_cents) / 100 AS saving_per_transaction, readiness, sector_maturity,
                       net_benefit_shared_cents / 100 AS net_benefit_shared,
                       nd_cents, d_cents, shiftable, shared_cost_cents AS shared_cost
                FROM units
                """);
        StringBuilder normalised = new StringBuilder("CREATE TABLE normalised AS SELECT unit, municipality_code, service_code, legal");
        for (String i : INDICATORS) {
            normalised.append(", ").append(minMax(i)).append(" AS n_").append(i);
        }
        s.execute(normalised.append(" FROM raw").toString());
        List<String> weights = INDICATORS.stream().map(i -> config.getProperty("index.weight." + i)).toList();
        String index = index(weights, config.getProperty("index.aggregation").equals("geometric"), config);
        boolean legalFirst = Boolean.parseBoolean(config.getProperty("index.legal_priority"));
        s.execute("CREATE TABLE scored AS SELECT *, " + index + " AS index_value FROM normalised");
        s.execute("""
                CREATE TABLE point_index AS
                SELECT unit, municipality_code, service_code, legal, index_value,
                       row_number() OVER (ORDER BY index_value DESC, unit) AS index_rank,
                       row_number() OVER (ORDER BY %s index_value DESC, unit) AS priority_rank
                FROM scored
                """.formatted(legalFirst ? "NOT legal," : ""));
        s.execute("COPY (UNPIVOT (SELECT municipality_code, service_code, " + String.join(", ", INDICATORS)
                + " FROM raw) ON " + String.join(", ", INDICATORS) + " INTO NAME indicator_id VALUE raw_value) TO '"
                + out.resolve("potential_indicators.parquet") + "' (FORMAT parquet, COMPRESSION zstd)");
    }

    private static int horizonYears(Properties config) {
        return Integer.parseInt(config.getProperty("potential.horizon_to"))
                - Integer.parseInt(config.getProperty("potential.horizon_from")) + 1;
    }

    /**
     * The index of the normalised indicators {@code n_<indicator>} with the given weights (numbers or column
     * names), divided by their sum: 100 x the weighted mean, or 100 x the weighted geometric mean over values
     * floored at index.geometric_floor (CompositeIndex.aggregate).
     */
    private static String index(List<String> weights, boolean geometric, Properties config) {
        String floor = config.getProperty("index.geometric_floor");
        StringBuilder terms = new StringBuilder();
        for (int i = 0; i < INDICATORS.size(); i++) {
            String n = "n_" + INDICATORS.get(i);
            terms.append(i == 0 ? "" : " + ").append(weights.get(i)).append(" * ")
                    .append(geometric ? "ln(greatest(" + n + ", " + floor + "))" : n);
        }
        String mean = "(" + terms + ") / (" + String.join(" + ", weights) + ")";
        return geometric ? "100 * exp(" + mean + ")" : "100 * " + mean;
    }

    /** Min-max normalisation of a column over all units; a column that does not vary normalises to 0.5. */
    private static String minMax(String c) {
        return "coalesce((%s - min(%s) OVER ()) / nullif(max(%s) OVER () - min(%s) OVER (), 0), 0.5)".formatted(c, c, c, c);
    }

    /** RankUncertainty.run in SQL: draw the runs, re-score every unit in every run, rank, take the quantiles. */
    private static void monteCarlo(Statement s, Path out, Properties config) throws Exception {
        int runs = Integer.parseInt(config.getProperty("index.mc.runs"));
        double ws = Double.parseDouble(config.getProperty("index.mc.weight_spread"));
        double us = Double.parseDouble(config.getProperty("index.mc.unit_cost_spread"));
        boolean vary = Boolean.parseBoolean(config.getProperty("index.mc.vary_aggregation"));
        long seed = Long.parseLong(config.getProperty("index.mc.seed"));
        s.execute("SELECT setseed(" + (seed % 1_000_000) / 1_000_000.0 + ")");
        StringBuilder draw = new StringBuilder("CREATE TABLE runs AS SELECT r AS run");
        for (int i = 0; i < INDICATORS.size(); i++) {
            draw.append(", ").append(config.getProperty("index.weight." + INDICATORS.get(i)))
                    .append(" * (").append(1 - ws).append(" + ").append(2 * ws).append(" * random()) AS w").append(i);
        }
        draw.append(", ").append(1 - us).append(" + ").append(2 * us).append(" * random() AS f_nd, ")
                .append(1 - us).append(" + ").append(2 * us).append(" * random() AS f_d, ")
                .append(vary ? "random() < 0.5" : String.valueOf(config.getProperty("index.aggregation").equals("geometric")))
                .append(" AS geometric FROM range(").append(runs).append(") t(r)");
        s.execute(draw.toString());
        List<String> drawnWeights = IntStream.range(0, INDICATORS.size()).mapToObj(i -> "w" + i).toList();
        s.execute("CREATE TABLE mc_units AS SELECT n.*, x.nd_cents, x.d_cents, x.shiftable, x.shared_cost "
                + "FROM normalised n JOIN raw x USING (unit)");
        s.execute("""
                CREATE TABLE mc AS
                WITH drawn AS (
                  SELECT r.*, n.unit, n.n_non_digital_volume, n.n_non_digital_share, n.n_handling_hours, n.n_readiness,
                         n.n_sector_maturity,
                         greatest(0, r.f_nd * n.nd_cents - r.f_d * n.d_cents) / 100 AS saving,
                         (%d * n.shiftable * greatest(0, r.f_nd * n.nd_cents - r.f_d * n.d_cents) - n.shared_cost) / 100 AS net
                  FROM runs r CROSS JOIN mc_units n),
                bounds AS (SELECT run, min(saving) AS s0, max(saving) AS s1, min(net) AS t0, max(net) AS t1
                           FROM drawn GROUP BY run),
                renormalised AS (
                  SELECT d.*, coalesce((saving - s0) / nullif(s1 - s0, 0), 0.5) AS n_saving_per_transaction,
                         coalesce((net - t0) / nullif(t1 - t0, 0), 0.5) AS n_net_benefit_shared
                  FROM drawn d JOIN bounds USING (run)),
                scored AS (
                  SELECT run, unit, CASE WHEN geometric THEN %s ELSE %s END AS index_value
                  FROM renormalised),
                ranked AS (SELECT unit, row_number() OVER (PARTITION BY run ORDER BY index_value DESC, unit) AS mc_rank
                           FROM scored)
                SELECT unit, quantile_cont(mc_rank, 0.5) AS mc_median_rank, quantile_cont(mc_rank, 0.05) AS mc_rank_p05,
                       quantile_cont(mc_rank, 0.95) AS mc_rank_p95
                FROM ranked GROUP BY unit
                """.formatted(horizonYears(config), index(drawnWeights, true, config), index(drawnWeights, false, config)));
        s.execute("COPY (SELECT p.municipality_code, p.service_code, p.index_value, p.index_rank, p.legal, p.priority_rank, "
                + "m.mc_median_rank, m.mc_rank_p05, m.mc_rank_p95 FROM point_index p JOIN mc m USING (unit)) TO '"
                + out.resolve("potential_index.parquet") + "' (FORMAT parquet, COMPRESSION zstd)");
    }

    /** Untimed: the baseline computed what analyze published (point index exactly, Monte Carlo ranks alike). */
    private static void check(Statement s, Path wh) throws Exception {
        String index = wh.resolve("marts/potential_index/*.parquet").toString();
        try (ResultSet rs = s.executeQuery("""
                SELECT count(*), count(a.municipality_code), max(abs(a.index_value - p.index_value)),
                       count(*) FILTER (WHERE a.rank <> p.index_rank OR a.priority_rank <> p.priority_rank),
                       corr(a.mc_median_rank, m.mc_median_rank), avg(abs(a.mc_median_rank - m.mc_median_rank))
                FROM point_index p JOIN mc m USING (unit)
                LEFT JOIN read_parquet('%s') a USING (municipality_code, service_code)
                """.formatted(index))) {
            rs.next();
            System.out.printf(Locale.ROOT, "duckdb check: units=%d matched_in_analyze=%d max_index_difference=%.2e rank_differences=%d "
                    + "mc_median_rank_correlation=%.4f mean_mc_median_rank_difference=%.1f%n", rs.getLong(1), rs.getLong(2),
                    rs.getDouble(3), rs.getLong(4), rs.getDouble(5), rs.getDouble(6));
        }
        String savings = wh.resolve("marts/potential_savings/*.parquet").toString();
        try (ResultSet rs = s.executeQuery("""
                SELECT count(*) FILTER (WHERE a.gross_saving_cents <> u.gross_cents
                           OR a.net_benefit_alone_cents <> u.net_benefit_alone_cents
                           OR a.net_benefit_shared_cents <> u.net_benefit_shared_cents),
                       max(abs(a.shiftable_transactions - u.shiftable)), max(abs(a.saved_minutes - u.saved_minutes))
                FROM units u JOIN read_parquet('%s') a USING (municipality_code, service_code)
                """.formatted(savings))) {
            rs.next();
            System.out.printf(Locale.ROOT, "duckdb check: savings_differences=%d max_shiftable_difference=%.2e "
                    + "max_saved_minutes_difference=%.2e%n", rs.getLong(1), rs.getDouble(2), rs.getDouble(3));
        }
    }
}
