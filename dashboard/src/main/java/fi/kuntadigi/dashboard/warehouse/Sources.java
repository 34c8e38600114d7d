package fi.kuntadigi.dashboard.warehouse;

import fi.kuntadigi.catalog.Warehouse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a figure's SQL template: {@code {mart:NAME}} and {@code {dataset:NAME}} become
 * {@code read_parquet} over the published files, {@code {lang}} the label language. Only
 * names from the catalog and the server's own paths are spliced in; values are bound.
 */
public final class Sources {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(mart|dataset):([a-z_]+)}");

    private Sources() {
    }

    public static String expand(String template, Warehouse warehouse, String labelLanguage) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String glob = m.group(1).equals("mart") ? warehouse.martGlob(m.group(2)) : warehouse.parquetGlob(m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(readParquet(glob)));
        }
        m.appendTail(out);
        return out.toString().replace("{lang}", labelLanguage);
    }

    /** {@code read_parquet('glob', hive_partitioning = true)} with the path quoted as a literal. */
    public static String readParquet(String glob) {
        return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true)";
    }
}
