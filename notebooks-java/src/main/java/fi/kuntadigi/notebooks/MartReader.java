package fi.kuntadigi.notebooks;

import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.catalog.Warehouse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;

/**
 * Reads marts through an in-memory DuckDB into Tablesaw tables. In SQL, {@code {name}} stands for
 * {@code read_parquet(...)} over the published files of the mart (see {@link Marts}) or dataset
 * (see {@link Datasets}) of that name; other names are refused ({@link MartSql}).
 */
public record MartReader(Warehouse warehouse) {

    /** Every row of one mart. */
    public Table mart(String name) {
        return query("SELECT * FROM {" + name + "}").setName(name);
    }

    /**
     * The result of a DuckDB query over marts as a table. Columns of types Tablesaw does not read (HUGEINT from
     * {@code sum}, DECIMAL) become BIGINT or DOUBLE.
     */
    public Table query(String sql) {
        String inner = expand(sql);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet d = s.executeQuery("DESCRIBE (" + inner + ")")) {
                while (d.next()) {
                    columns.add(readable(d.getString("column_name"), d.getString("column_type")));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM (" + inner + ")")) {
                return Table.read().db(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    private static String readable(String name, String type) {
        String quoted = '"' + name.replace("\"", "\"\"") + '"';
        if (type.equals("HUGEINT") || type.equals("UBIGINT")) {
            return "CAST(" + quoted + " AS BIGINT) AS " + quoted;
        }
        return type.startsWith("DECIMAL") ? "CAST(" + quoted + " AS DOUBLE) AS " + quoted : quoted;
    }

    /** Replaces each {@code {mart}} with its {@code read_parquet} source. */
    String expand(String sql) {
        return MartSql.expand(sql, warehouse);
    }
}
