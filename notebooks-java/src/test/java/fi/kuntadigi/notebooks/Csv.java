package fi.kuntadigi.notebooks;

import java.nio.file.Path;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** A notebook's CSV output read back with every column as text, as written. */
final class Csv {

    private Csv() {
    }

    static Table read(Path file) {
        return Table.read().usingOptions(CsvReadOptions.builder(file.toFile()).columnTypes(c -> ColumnType.STRING));
    }

    /** The value in {@code column} of the row whose {@code keyColumn} is {@code key}. */
    static String value(Table t, String keyColumn, String key, String column) {
        Table rows = t.where(t.stringColumn(keyColumn).isEqualTo(key));
        if (rows.rowCount() != 1) {
            throw new AssertionError(rows.rowCount() + " rows with " + keyColumn + " = " + key);
        }
        return rows.stringColumn(column).get(0);
    }
}
