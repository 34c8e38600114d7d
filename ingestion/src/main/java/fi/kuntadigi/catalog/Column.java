package fi.kuntadigi.catalog;

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
 */
public record Column(String name, ColumnType type, boolean required, String description,
                     List<String> allowed, Double min, Double max, String pattern, String references)
        implements java.io.Serializable {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        allowed = List.copyOf(allowed);
    }

    public static Column required(String name, ColumnType type, String description) {
        return new Column(name, type, true, description, List.of(), null, null, null, null);
    }

    public static Column optional(String name, ColumnType type, String description) {
        return new Column(name, type, false, description, List.of(), null, null, null, null);
    }

    public Column allowing(String... values) {
        return new Column(name, type, required, description, List.of(values), min, max, pattern, references);
    }

    public Column range(double lowest, double highest) {
        return new Column(name, type, required, description, allowed, lowest, highest, pattern, references);
    }

    public Column atLeast(double lowest) {
        return new Column(name, type, required, description, allowed, lowest, max, pattern, references);
    }

    public Column matching(String regex) {
        return new Column(name, type, required, description, allowed, min, max, regex, references);
    }

    public Column referencing(String dataset) {
        return new Column(name, type, required, description, allowed, min, max, pattern, dataset);
    }
}
