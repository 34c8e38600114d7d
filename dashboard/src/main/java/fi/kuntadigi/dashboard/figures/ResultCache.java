package fi.kuntadigi.dashboard.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Figure results (and their rendered forms) of the current warehouse version, least recently
 * used dropped first. The whole cache empties when the warehouse publishes something new.
 */
final class ResultCache {

    private static final int MAX_ENTRIES = 2_000;

    /** @param kind what is cached (result, json) @param figure figure id @param filters the request's filters */
    private record Key(String kind, String figure, Filters filters) {
    }

    private final Map<Key, Object> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long version = Long.MIN_VALUE;

    <T> T get(long warehouseVersion, String kind, Figure figure, Filters filters, Class<T> type, Supplier<T> load) {
        Key key = new Key(kind, figure.id(), filters);
        synchronized (this) {
            if (warehouseVersion != version) {
                entries.clear();
                version = warehouseVersion;
            }
            Object cached = entries.get(key);
            if (cached != null) {
                return type.cast(cached);
            }
        }
        T loaded = load.get();
        synchronized (this) {
            if (warehouseVersion == version) {
                entries.put(key, loaded);
            }
        }
        return loaded;
    }
}
