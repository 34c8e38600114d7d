package fi.kuntadigi.dashboard.warehouse;

import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.i18n.Lang;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a filter may name: municipalities in today's borders, years with data, sectors.
 * Read from the warehouse once per warehouse version ({@link WarehouseVersion}): one thread
 * reads, the others wait for it. (It used to expire once a minute on the request path and
 * every request thread that saw it expired re-read it at once, 50 DuckDB scans in a burst:
 * the 112 ms p99 of {@code transactions.history} in the load bench.)
 */
public final class Reference {

    private final Duck duck;
    private final Warehouse warehouse;
    private final WarehouseVersion version;
    private volatile Loaded loaded;

    /** A snapshot with the warehouse version it was read at. */
    private record Loaded(long version, Snapshot snapshot) {
    }

    public Reference(Duck duck, Warehouse warehouse) {
        this.duck = duck;
        this.warehouse = warehouse;
        this.version = WarehouseVersion.of(warehouse);
    }

    /**
     * @param municipalities code to Finnish name of the municipalities in today's borders
     * @param allMunicipalities code to name, merged ones included
     * @param years years with transaction data
     * @param swedish Finnish label to its Swedish form, from the reference datasets' Swedish columns
     *                (the {@code name_sv} of municipalities, services, channels, maturity dimensions, pilots and solutions,
     *                roadmap actions' {@code title_sv}, survey questions' {@code text_sv}), and the Swedish of the
     *                labels analytics gives codes ({@link Labels}: sectors, cost categories, indicators)
     */
    public record Snapshot(Map<String, String> municipalities, Map<String, String> allMunicipalities, Set<Integer> years,
                           Map<String, String> swedish) {

        /** Code to name of the municipalities in today's borders, in the given language (Swedish where one exists). */
        public Map<String, String> municipalities(Lang lang) {
            if (lang != Lang.SV) {
                return municipalities;
            }
            Map<String, String> named = new LinkedHashMap<>();
            municipalities.forEach((code, fi) -> named.put(code, swedish.getOrDefault(fi, fi)));
            return named;
        }

        /**
         * A label of the marts (which carry Finnish and English) in the page's language: on a Swedish page
         * the label, or each item of a list of them ("; "), or each part of an item (" – ", ": "), that the
         * reference data has in Swedish is replaced; the rest stays Finnish.
         */
        public String label(String text, Lang lang) {
            if (lang != Lang.SV || text == null || swedish.isEmpty()) {
                return text;
            }
            return replaceParts(text, LIST, item -> swedish.getOrDefault(item, replaceParts(item, PART, this::part)));
        }

        /** A part in Swedish: as the reference data has it, or "name (qualifier)" with either in Swedish; else null. */
        private String part(String text) {
            String sv = swedish.get(text);
            if (sv != null || !text.endsWith(")")) {
                return sv;
            }
            for (int open = text.indexOf(" ("); open > 0; open = text.indexOf(" (", open + 1)) {
                String name = text.substring(0, open);
                String qualifier = text.substring(open + 2, text.length() - 1);
                if (swedish.containsKey(name) || swedish.containsKey(qualifier)) {
                    return swedish.getOrDefault(name, name) + " (" + swedish.getOrDefault(qualifier, qualifier) + ")";
                }
            }
            return null;
        }

        /** The text with each part between separators replaced by {@code swedish}, or kept when it gives null. */
        private static String replaceParts(String text, Pattern separator, UnaryOperator<String> swedish) {
            StringBuilder out = new StringBuilder();
            Matcher m = separator.matcher(text);
            int from = 0;
            while (m.find()) {
                String part = text.substring(from, m.start());
                String sv = swedish.apply(part);
                out.append(sv == null ? part : sv).append(m.group());
                from = m.end();
            }
            String last = text.substring(from);
            String sv = swedish.apply(last);
            return out.append(sv == null ? last : sv).toString();
        }

        /** The table with its text cells as {@link #label}s in the given language. */
        public Table labels(Table table, Lang lang) {
            if (lang != Lang.SV || swedish.isEmpty()) {
                return table;
            }
            List<List<Object>> rows = new ArrayList<>(table.rows().size());
            for (List<Object> row : table.rows()) {
                List<Object> out = new ArrayList<>(row.size());
                row.forEach(v -> out.add(v instanceof String text ? label(text, lang) : v));
                rows.add(out);
            }
            return new Table(table.columns(), rows);
        }
    }

    /** Between the items of a list label, and between the parts of one ("Kankaanpää: title", "service – municipality"). */
    private static final Pattern LIST = Pattern.compile("; ");
    private static final Pattern PART = Pattern.compile(" – |: ");

    public Snapshot get() {
        long current = version.current();
        Loaded l = loaded;
        if (l != null && l.version() == current) {
            return l.snapshot();
        }
        synchronized (this) {
            l = loaded;
            if (l == null || l.version() != current) {
                l = new Loaded(current, load());
                loaded = l;
            }
            return l.snapshot();
        }
    }

    /** Sector keys as the catalog defines them. */
    public List<String> sectors() {
        return Datasets.SERVICES.column("sector").orElseThrow().allowed();
    }

    private Snapshot load() {
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, String> all = new LinkedHashMap<>();
        Map<String, String> swedish = new HashMap<>();
        Table municipalities = dataset("municipalities", "name_fi");
        for (List<Object> r : municipalities.rows()) {
            String code = (String) r.get(municipalities.indexOf("municipality_code"));
            String name = (String) r.get(municipalities.indexOf("name_fi"));
            all.put(code, name);
            if (r.get(municipalities.indexOf("successor_code")) == null) {
                current.put(code, name);
            }
        }
        swedish(municipalities, "name_fi", "name_sv", swedish);
        swedish(dataset("services", "name_fi"), "name_fi", "name_sv", swedish);
        swedish(dataset("roadmap_actions", "title_fi"), "title_fi", "title_sv", swedish);
        for (String named : List.of("channels", "maturity_model", "pilots", "solutions")) {
            swedish(dataset(named, "name_fi"), "name_fi", "name_sv", swedish);
        }
        swedish(dataset("survey_questions", "text_fi"), "text_fi", "text_sv", swedish);
        Labels.swedish().forEach(swedish::putIfAbsent);
        Set<Integer> years = new TreeSet<>();
        if (Files.isDirectory(warehouse.dataset("transactions"))) {
            duck.query("select distinct year from " + MartSql.readParquet(warehouse.parquetGlob("transactions")), List.of())
                    .column("year").forEach(y -> years.add(((Number) y).intValue()));
        }
        return new Snapshot(current, all, years, Map.copyOf(swedish));
    }

    /** A published reference dataset, all columns, ordered by one; empty when it is not published. */
    private Table dataset(String name, String orderBy) {
        if (!Files.isDirectory(warehouse.dataset(name))) {
            return Table.empty(List.of());
        }
        return duck.query("select * from " + MartSql.readParquet(warehouse.parquetGlob(name)) + " order by " + orderBy, List.of());
    }

    /** Adds the Finnish-to-Swedish pairs of two columns, where the dataset has the Swedish one filled in. */
    private static void swedish(Table t, String fi, String sv, Map<String, String> into) {
        int f = t.indexOf(fi);
        int s = t.indexOf(sv);
        if (f < 0 || s < 0) {
            return;
        }
        for (List<Object> r : t.rows()) {
            if (r.get(f) instanceof String from && r.get(s) instanceof String to && !to.isBlank()) {
                into.putIfAbsent(from, to);
            }
        }
    }
}
