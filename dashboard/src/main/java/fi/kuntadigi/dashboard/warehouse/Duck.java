package fi.kuntadigi.dashboard.warehouse;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBConnection;

/**
 * Read-only DuckDB over the warehouse's Parquet files. One in-memory database; each thread
 * gets its own duplicated connection. Values reach SQL only as bound parameters.
 */
public final class Duck implements AutoCloseable {

    private final DuckDBConnection root;
    private final ThreadLocal<Connection> perThread;
    private final List<Connection> opened = new ArrayList<>();

    public Duck() {
        try {
            root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
        }
        perThread = ThreadLocal.withInitial(this::duplicate);
    }

    private synchronized Connection duplicate() {
        try {
            Connection c = root.duplicate();
            opened.add(c);
            return c;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a DuckDB connection: " + e.getMessage(), e);
        }
    }

    /** Runs a query with bound parameters and reads the whole result. */
    public Table query(String sql, List<?> parameters) {
        try (PreparedStatement statement = perThread.get().prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                return read(rs);
            }
        } catch (SQLException e) {
            throw new QueryException(e.getMessage(), e);
        }
    }

    private static Table read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(meta.getColumnLabel(i));
        }
        List<List<Object>> rows = new ArrayList<>();
        while (rs.next()) {
            List<Object> row = new ArrayList<>(columns.size());
            for (int i = 1; i <= columns.size(); i++) {
                row.add(plain(rs.getObject(i)));
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }

    /** JSON-friendly value: numbers, strings, booleans and ISO dates. */
    private static Object plain(Object value) {
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        if (value instanceof BigInteger b) {
            return b.longValue();
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toString();
        }
        if (value instanceof Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime
                || value instanceof OffsetDateTime) {
            return value.toString();
        }
        return value;
    }

    @Override
    public synchronized void close() {
        for (Connection c : opened) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            root.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    /** A query failed: a bug in a figure's SQL or a mart of an unexpected shape. */
    public static final class QueryException extends RuntimeException {
        public QueryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
