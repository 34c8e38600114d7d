package fi.kuntadigi.dashboard.warehouse;

import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.i18n.Lang;

/**
 * Expands a figure's SQL template: {@code {lang}} becomes the page's language of the label columns
 * ({@link Lang#labelLanguage}) and {@code {names}} that of the municipality names ({@link Lang#nameLanguage}),
 * then the catalog's {@link MartSql} turns {@code {mart:NAME}} and {@code {dataset:NAME}} into
 * {@code read_parquet} over the published files, refusing a name the catalog does not know. Values are
 * bound, never spliced.
 */
public final class Sources {

    private Sources() {
    }

    public static String expand(String template, Warehouse warehouse, Lang lang) {
        return MartSql.expand(template.replace("{lang}", lang.labelLanguage()).replace("{names}", lang.nameLanguage()), warehouse);
    }
}
