package fi.kuntadigi.dashboard.potential;

import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.FigureSource;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.figures.Sql;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.i18n.Format;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the rank of each of the best-ranked services depends on most, in plain words: of the Sobol indices
 * analyze published ({@code potential_sensitivity}), the assumption with the largest total effect on the
 * service's rank — a weight, a unit cost, the aggregation — and the share of the rank's variance it explains
 * alone and with its interactions. Names come in the page's language from the reference data; shares as
 * whole percentages in the page's locale.
 */
final class SensitivitySource implements FigureSource {

    static final int SHOWN = 10;
    private static final List<String> COLUMNS = List.of("rank", "label", "assumption", "explanation", "first_order_pct",
            "total_effect_pct");

    private static final Sql DRIVERS = new Sql("""
            with driver as (
              select *, row_number() over (partition by municipality_code, service_code
                                           order by total_effect desc, first_order desc, factor) as k
              from {mart:potential_sensitivity} where output = 'rank')
            select i.rank, s.name_fi as service_fi, s.name_sv as service_sv, s.name_en as service_en,
                   m.name_fi as municipality_fi, m.name_sv as municipality_sv,
                   d.factor_kind, d.factor_code, d.first_order, d.total_effect
            from {mart:potential_index} i join driver d using (municipality_code, service_code)
              left join {dataset:services} s using (service_code)
              left join {dataset:municipalities} m using (municipality_code)
            where d.k = 1 and (:municipality is null or i.current_code = :municipality) and (:sector is null or i.sector = :sector)
            order by i.rank limit %d""".formatted(SHOWN));

    @Override
    public Table load(DataAccess data, Filters filters) {
        Table drivers = DRIVERS.load(data, filters);
        Lang lang = filters.lang();
        Messages m = Messages.of(lang);
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> r : drivers.rows()) {
            String service = name(lang, (String) r.get(1), (String) r.get(2), (String) r.get(3));
            String municipality = name(lang, (String) r.get(4), (String) r.get(5), null);
            long first = percent(r.get(8));
            long total = percent(r.get(9));
            String kind = (String) r.get(6);
            String code = (String) r.get(7);
            rows.add(Arrays.asList(r.get(0), service + " – " + municipality, total == 0 ? null : capitalised(factor(m, kind, code)),
                    sentence(m, service, municipality, kind, code, first, total), first, total));
        }
        return new Table(COLUMNS, rows);
    }

    /**
     * The assumption that most often matters most, and for how many of the services shown: "Useimmin eniten
     * vaikuttava oletus on osoittimen ”Käsittelytunnit vuodessa (ei-digitaaliset)” paino (6/10 palvelua)." Of equally
     * frequent ones, that of the best-ranked service; one that matters most for every service is said to.
     */
    @Override
    public Optional<String> summary(Table table, Messages m) {
        Map<String, Long> counts = table.column("assumption").stream().filter(Objects::nonNull).map(String.class::cast)
                .collect(Collectors.groupingBy(a -> a, LinkedHashMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            return Optional.of(m.get("sensitivity.summary.steady"));
        }
        Map.Entry<String, Long> most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
        String assumption = most.getKey();
        String key = most.getValue() == table.rows().size() ? "sensitivity.summary.all" : "sensitivity.summary";
        return Optional.of(m.format(key, assumption.substring(0, 1).toLowerCase(m.lang().locale()) + assumption.substring(1),
                Format.value(most.getValue(), m.lang()), Format.value(table.rows().size(), m.lang())));
    }

    @Override
    public Set<String> filters() {
        return DRIVERS.filters();
    }

    /**
     * "Palvelun X sijoitus kunnassa Y riippuu eniten painosta, joka annetaan osoittimelle ”Z”: ..." in the language of
     * {@code m}; a rank that no assumption moves is said to stay.
     */
    static String sentence(Messages m, String service, String municipality, String kind, String code, long firstPct,
                           long totalPct) {
        if (totalPct == 0) {
            return m.format("sensitivity.steady", service, municipality);
        }
        return m.format("sensitivity.sentence", service, municipality, driver(m, kind, code),
                Format.value(firstPct, m.lang()), Format.value(totalPct, m.lang()));
    }

    /** The assumption as the sentence names it (Finnish: in the elative, "painosta", "yksikkökustannuksesta"). */
    static String driver(Messages m, String kind, String code) {
        return switch (kind) {
            case "weight" -> m.format("sensitivity.driver.weight", indicator(m.lang(), code));
            case "input" -> m.get("sensitivity.driver.input." + code);
            default -> m.get("sensitivity.driver." + kind);
        };
    }

    /** The assumption as a table cell names it: "osoittimen ”Z” paino", "the unit cost of the digital channel". */
    static String factor(Messages m, String kind, String code) {
        return switch (kind) {
            case "weight" -> m.format("sensitivity.factor.weight", indicator(m.lang(), code));
            case "input" -> m.get("sensitivity.factor.input." + code);
            default -> m.get("sensitivity.factor." + kind);
        };
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String indicator(Lang lang, String id) {
        Labels.Label label = Labels.indicator(id);
        return switch (lang) {
            case FI -> label.fi();
            case SV -> label.sv();
            case EN -> label.en();
        };
    }

    private static String name(Lang lang, String fi, String sv, String en) {
        String name = switch (lang) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
        return name == null || name.isBlank() ? fi : name;
    }

    /** A Sobol index as a whole percentage, within 0-100 (the estimators' sampling noise can stray outside). */
    private static long percent(Object share) {
        return Math.max(0, Math.min(100, Math.round(((Number) share).doubleValue() * 100)));
    }
}
