package fi.kuntadigi.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL over the published marts and datasets, for the DuckDB readers (the dashboard and the
 * notebooks): {@code {mart:NAME}}, {@code {dataset:NAME}} or the short {@code {NAME}} (a mart, else
 * a dataset) becomes {@code read_parquet(...)} over the published files of that name. Every name is
 * checked against the catalog ({@link Marts}, {@link Datasets}), so a misspelt one fails with its name
 * instead of reading nothing; only catalogued names and the warehouse's own paths are spliced in.
 */
public final class MartSql {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(?:(mart|dataset):)?([a-z][a-z0-9_]*)}");

    private MartSql() {
    }

    /** The SQL with every placeholder replaced by its source; an unknown name is an {@link IllegalArgumentException}. */
    public static String expand(String sql, Warehouse warehouse) {
        Matcher m = PLACEHOLDER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(readParquet(glob(m.group(1), m.group(2), warehouse))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The marts the SQL reads through {@code {mart:NAME}}, in order of first mention. */
    public static List<String> marts(String sql) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(sql);
        while (m.find()) {
            if ("mart".equals(m.group(1))) {
                names.add(m.group(2));
            }
        }
        return List.copyOf(names);
    }

    /** The published files of a catalogued mart as a DuckDB source. */
    public static String mart(DatasetSchema mart, Warehouse warehouse) {
        return readParquet(glob("mart", mart.name(), warehouse));
    }

    /** The published files of a catalogued dataset as a DuckDB source. */
    public static String dataset(DatasetSchema dataset, Warehouse warehouse) {
        return readParquet(glob("dataset", dataset.name(), warehouse));
    }

    /** {@code read_parquet('glob', hive_partitioning = true)} with the path quoted as a literal. */
    public static String readParquet(String glob) {
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true)";
    }

    private static String glob(String kind, String name, Warehouse warehouse) {
        boolean mart = !"dataset".equals(kind) && Marts.byName(name).isPresent();
        if (mart) {
            return warehouse.martGlob(name);
        }
        if (!"mart".equals(kind) && Datasets.byName(name).isPresent()) {
            return warehouse.parquetGlob(name);
        }
        throw new IllegalArgumentException("no " + (kind == null ? "mart or dataset" : kind) + " named '" + name
                + "' in the catalog (fi.kuntadigi.catalog.Marts, Datasets)");
    }
}
