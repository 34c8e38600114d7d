package fi.kuntadigi.dashboard.warehouse;

import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.catalog.Warehouse;

/**
 * Expands a figure's SQL template: {@code {lang}} becomes the label language, then the catalog's
 * {@link MartSql} turns {@code {mart:NAME}} and {@code {dataset:NAME}} into {@code read_parquet} over
 * the published files, refusing a name the catalog does not know. Values are bound, never spliced.
 */
public final class Sources {

    private Sources() {
    }

    public static String expand(String template, Warehouse warehouse, String labelLanguage) {
        return MartSql.expand(template.replace("{lang}", labelLanguage), warehouse);
    }
}
