package fi.kuntadigi.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One column of a warehouse dataset with the rules every loaded value must meet.
 *
 * @param name        canonical snake_case name, as in Parquet and SQL
 * @param type        value type
 * @param required    whether an empty value is a data error
 * @param description one line for documentation and error messages
 * @param allowed     allowed values (empty: any); compared case-insensitively, stored as listed
 * @param min         smallest allowed numeric value, or null
 * @param max         largest allowed numeric value, or null
 * @param pattern     regular expression a text value must match, or null
 * @param references  dataset whose natural key this value must exist in, or null
 * @param keyOf       for a derived key column: the code column it is the {@link CodeKey} of (not read
 *                    from exports, computed when the row is loaded); null for every other column
 */
public record Column(String name, ColumnType type, boolean required, String description,
                     List<String> allowed, Double min, Double max, String pattern, String references, String keyOf)
        implements Serializable {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        allowed = List.copyOf(allowed);
    }

    public static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, true, description, List.of(), null, null, null, null, null);
    }

    public static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, false, description, List.of(), null, null, null, null, null);
    }

    /** {@code <code column without "_code">_key}: the {@link CodeKey} of a required code column, derived at load. */
    public static Column keyOf(String codeColumn) {
        String name = codeColumn.replaceFirst("_code$", "") + "_key";
        return new Column(name, ColumnType.LONG, true, "Key of " + codeColumn
                + " (first 8 bytes of the SHA-256 of the code, derived at load; for large group-bys and joins)",
                List.of(), null, null, null, null, codeColumn);
    }

    /** Computed when a row is loaded, never read from an export. */
    public boolean derived() {
        return keyOf != null;
    }

    public Column allowing(String... values) {
        return new Column(name, type, required, description, List.of(values), min, max, pattern, references, keyOf);
    }

    public Column range(double lowest, double highest) {
        return new Column(name, type, required, description, allowed, lowest, highest, pattern, references, keyOf);
    }

    public Column atLeast(double lowest) {
        return new Column(name, type, required, description, allowed, lowest, max, pattern, references, keyOf);
    }

    public Column matching(String regex) {
        return new Column(name, type, required, description, allowed, min, max, regex, references, keyOf);
    }

    public Column referencing(String dataset) {
        return new Column(name, type, required, description, allowed, min, max, pattern, dataset, keyOf);
    }
}
