package fi.kuntadigi.dashboard.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figure results of the current warehouse version, least recently used dropped first. The
 * whole cache empties when the warehouse publishes something new.
 */
final class ResultCache {

    private static final int MAX_ENTRIES = 2_000;

    /** @param figure figure id @param filters the request's filters */
    private record Key(String figure, Filters filters) {
    }

    private final Map<Key, FigureResult> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, FigureResult> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long version = Long.MIN_VALUE;

    FigureResult get(long warehouseVersion, Figure figure, Filters filters, Supplier<FigureResult> load) {
        Key key = new Key(figure.id(), filters);
        synchronized (this) {
            if (warehouseVersion != version) {
                entries.clear();
                version = warehouseVersion;
            }
            FigureResult cached = entries.get(key);
            if (cached != null) {
                return cached;
            }
        }
        FigureResult loaded = load.get();
        synchronized (this) {
            if (warehouseVersion == version) {
                entries.put(key, loaded);
            }
        }
        return loaded;
    }
}
