import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compares the published marts of two warehouses row for row, e.g. before and after a change that must not
 * change any figure: for every mart of the first warehouse, the rows of one not in the other, both ways
 * (DuckDB {@code EXCEPT ALL}, so a repeated row counts), over the columns both have. Columns only one side has
 * (a column added by the change) are listed, not compared.
 * <p>Usage: {@code java -cp duckdb_jdbc.jar bench/CompareMarts.java WAREHOUSE_BEFORE WAREHOUSE_AFTER};
 * exits 1 when any mart differs or is missing.
 */
public class CompareMarts {

    public static void main(String[] args) throws Exception {
        Path before = Path.of(args[0], "marts");
        Path after = Path.of(args[1], "marts");
        List<String> marts;
        try (Stream<Path> s = Files.list(before)) {
            marts = s.filter(Files::isSymbolicLink).map(p -> p.getFileName().toString()).sorted().toList();
        }
        int differing = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (String mart : marts) {
                if (!Files.exists(after.resolve(mart))) {
                    System.out.printf("%-26s missing after%n", mart);
                    differing++;
                    continue;
                }
                String a = "read_parquet('" + before.resolve(mart) + "/*.parquet')";
                String b = "read_parquet('" + after.resolve(mart) + "/*.parquet')";
                List<String> colsA = columns(st, a);
                List<String> colsB = columns(st, b);
                Set<String> common = new LinkedHashSet<>(colsA);
                common.retainAll(colsB);
                List<String> added = new ArrayList<>(colsB);
                added.removeAll(colsA);
                List<String> dropped = new ArrayList<>(colsA);
                dropped.removeAll(colsB);
                String cols = String.join(", ", common.stream().map(n -> '"' + n + '"').toList());
                long rowsA = count(st, "select count(*) from " + a);
                long rowsB = count(st, "select count(*) from " + b);
                long onlyA = count(st, "select count(*) from (select " + cols + " from " + a + " except all select "
                        + cols + " from " + b + ")");
                long onlyB = count(st, "select count(*) from (select " + cols + " from " + b + " except all select "
                        + cols + " from " + a + ")");
                boolean same = onlyA == 0 && onlyB == 0 && rowsA == rowsB && dropped.isEmpty();
                differing += same ? 0 : 1;
                System.out.printf("%-26s %7d rows before, %7d after, %d only before, %d only after%s%s%s%n", mart,
                        rowsA, rowsB, onlyA, onlyB, same ? "  identical" : "  DIFFERENT",
                        added.isEmpty() ? "" : "; columns added " + added,
                        dropped.isEmpty() ? "" : "; columns dropped " + dropped);
            }
        }
        System.out.println(differing == 0 ? marts.size() + " marts identical" : differing + " marts differ");
        System.exit(differing == 0 ? 0 : 1);
    }

    private static List<String> columns(Statement st, String source) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet r = st.executeQuery("select column_name from (describe select * from " + source + ")")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
