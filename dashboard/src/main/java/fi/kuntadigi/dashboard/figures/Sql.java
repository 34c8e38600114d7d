package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.warehouse.Sources;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure source written as SQL over marts. Filters appear as {@code :municipality},
 * {@code :year} and {@code :sector}; each becomes a typed bound parameter, so
 * {@code :municipality is null or current_code = :municipality} reads naturally.
 */
public record Sql(String template) implements FigureSource {

    private static final Pattern PARAMETER = Pattern.compile(":(municipality|year|sector)\\b");

    @Override
    public Table load(DataAccess data, Filters filters) {
        Matcher m = PARAMETER.matcher(Sources.expand(template, data.warehouse(), filters.lang().labelLanguage()));
        StringBuilder sql = new StringBuilder();
        List<Object> values = new ArrayList<>();
        while (m.find()) {
            Param p = Param.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            m.appendReplacement(sql, "CAST(? AS " + p.sqlType + ")");
            values.add(p.value.apply(filters));
        }
        m.appendTail(sql);
        return data.duck().query(sql.toString(), values);
    }

    @Override
    public Set<String> filters() {
        Set<String> named = new TreeSet<>();
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            named.add(m.group(1));
        }
        return named;
    }

    /** The filters a template can name, with their SQL types. */
    private enum Param {
        MUNICIPALITY("VARCHAR", Filters::municipality),
        YEAR("INTEGER", Filters::year),
        SECTOR("VARCHAR", Filters::sector);

        private final String sqlType;
        private final Function<Filters, Object> value;

        Param(String sqlType, Function<Filters, Object> value) {
            this.sqlType = sqlType;
            this.value = value;
        }
    }
}
