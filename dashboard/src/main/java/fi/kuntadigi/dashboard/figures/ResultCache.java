package fi.kuntadigi.dashboard.figures;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Figure results (and their rendered forms) of the current warehouse version, least recently
 * used dropped first. Concurrent requests for the same entry wait for one computation. The
 * whole cache empties when the warehouse publishes something new.
 */
final class ResultCache {

    private static final int MAX_ENTRIES = 2_000;

    /** @param kind what is cached (result, json) @param figure figure id @param filters the request's filters */
    private record Key(String kind, String figure, Filters filters) {
    }

    private final Map<Key, CompletableFuture<Object>> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, CompletableFuture<Object>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long version = Long.MIN_VALUE;

    <T> T get(long warehouseVersion, String kind, Figure figure, Filters filters, Class<T> type, Supplier<T> load) {
        Key key = new Key(kind, figure.id(), filters);
        CompletableFuture<Object> entry;
        boolean owner = false;
        synchronized (this) {
            if (warehouseVersion != version) {
                entries.clear();
                version = warehouseVersion;
            }
            entry = entries.get(key);
            if (entry == null) {
                entry = new CompletableFuture<>();
                entries.put(key, entry);
                owner = true;
            }
        }
        if (owner) {
            try {
                entry.complete(load.get());
            } catch (RuntimeException e) {
                synchronized (this) {
                    entries.remove(key, entry);
                }
                entry.completeExceptionally(e);
                throw e;
            }
        }
        try {
            return type.cast(entry.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
