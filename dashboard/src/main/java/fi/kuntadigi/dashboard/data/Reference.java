package fi.kuntadigi.dashboard.data;

import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Warehouse;
import java.nio.file.Files;
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
     */
    public record Snapshot(Map<String, String> municipalities, Map<String, String> allMunicipalities, Set<Integer> years) {
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
        if (Files.isDirectory(warehouse.dataset("municipalities"))) {
            Table t = duck.query("select municipality_code, name_fi, successor_code from "
                    + Sources.readParquet(warehouse.parquetGlob("municipalities")) + " order by name_fi", List.of());
            for (List<Object> r : t.rows()) {
                all.put((String) r.get(0), (String) r.get(1));
                if (r.get(2) == null) {
                    current.put((String) r.get(0), (String) r.get(1));
                }
            }
        }
        Set<Integer> years = new TreeSet<>();
        if (Files.isDirectory(warehouse.dataset("transactions"))) {
            duck.query("select distinct year from " + Sources.readParquet(warehouse.parquetGlob("transactions")), List.of())
                    .column("year").forEach(y -> years.add(((Number) y).intValue()));
        }
        return new Snapshot(current, all, years);
    }
}
