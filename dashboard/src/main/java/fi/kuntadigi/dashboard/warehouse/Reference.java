package fi.kuntadigi.dashboard.warehouse;

import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.MartSql;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.i18n.Lang;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
     * @param swedishNames code to Swedish name of the municipalities that have one ({@code name_sv}: Påmark, Siikais)
     */
    public record Snapshot(Map<String, String> municipalities, Map<String, String> allMunicipalities, Set<Integer> years,
                           Map<String, String> swedishNames) {

        /** Code to name of the municipalities in today's borders, in the given language (Swedish where one exists). */
        public Map<String, String> municipalities(Lang lang) {
            if (lang != Lang.SV) {
                return municipalities;
            }
            Map<String, String> named = new LinkedHashMap<>();
            municipalities.forEach((code, fi) -> named.put(code, swedishNames.getOrDefault(code, fi)));
            return named;
        }
    }

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
            int sv = municipalities.indexOf("name_sv");
            if (sv >= 0 && r.get(sv) instanceof String svName && !svName.isBlank()) {
                swedish.put(code, svName);
            }
        }
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

}
