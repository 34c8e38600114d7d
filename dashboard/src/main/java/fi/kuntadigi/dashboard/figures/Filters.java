package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.i18n.Lang;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validated filters of a request, as they appear in the URL.
 *
 * @param lang         interface language
 * @param municipality municipality code in today's borders, or null for all
 * @param year         year, or null for the default
 * @param sector       sector key, or null for all
 * @param weights      what-if weights by indicator id (empty: the configured weights)
 */
public record Filters(Lang lang, String municipality, Integer year, String sector, Map<String, Double> weights) {

    public Filters {
        weights = Map.copyOf(weights);
    }

    public static Filters defaults(Lang lang) {
        return new Filters(lang, null, null, null, Map.of());
    }

    public Filters withLang(Lang other) {
        return new Filters(other, municipality, year, sector, weights);
    }

    public Filters withMunicipality(String code) {
        return new Filters(lang, code, year, sector, weights);
    }

    /** The filters as query parameters (language last), for links that keep the state. */
    public Map<String, String> asQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        if (municipality != null) {
            q.put("municipality", municipality);
        }
        if (year != null) {
            q.put("year", year.toString());
        }
        if (sector != null) {
            q.put("sector", sector);
        }
        weights.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> q.put("w_" + e.getKey(), Double.toString(e.getValue())));
        q.put("lang", lang.code());
        return q;
    }

    /** The query string of {@link #asQuery()}, starting with {@code ?}. */
    public String queryString() {
        StringBuilder s = new StringBuilder();
        asQuery().forEach((k, v) -> s.append(s.length() == 0 ? '?' : '&').append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }
}
