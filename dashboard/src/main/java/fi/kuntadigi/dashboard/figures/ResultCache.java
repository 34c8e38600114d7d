package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Figure results (and their rendered forms, e.g. JSON bytes) of the current warehouse version,
 * least recently used dropped first, bounded both in entries and in (estimated) bytes so that
 * a crawl over every filter combination cannot fill the heap. Concurrent requests for the same
 * entry wait for one computation. The whole cache empties when the warehouse publishes
 * something new: the marts are immutable per version, so nothing else can make an entry stale.
 */
final class ResultCache {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_BYTES = 64L << 20;
    /** Rough heap cost of one table cell (boxed value, list slot, share of the row list). */
    private static final int CELL_BYTES = 40;

    /** @param kind what is cached (result, json) @param figure figure id @param filters the request's filters */
    private record Key(String kind, String figure, Filters filters) {
    }

    /** A value being computed or computed, with its estimated size once known. */
    private static final class Entry {
        final CompletableFuture<Object> value = new CompletableFuture<>();
        long bytes;
    }

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long version = Long.MIN_VALUE;
    private long bytes;

    ResultCache() {
        this(MAX_ENTRIES, MAX_BYTES);
    }

    ResultCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    <T> T get(long warehouseVersion, String kind, Figure figure, Filters filters, Class<T> type, Supplier<T> load) {
        Key key = new Key(kind, figure.id(), filters);
        Entry entry;
        boolean owner = false;
        synchronized (this) {
            if (warehouseVersion != version) {
                entries.clear();
                bytes = 0;
                version = warehouseVersion;
            }
            entry = entries.get(key);
            if (entry == null) {
                entry = new Entry();
                entries.put(key, entry);
                owner = true;
                trim();
            }
        }
        if (owner) {
            T value;
            try {
                value = load.get();
            } catch (RuntimeException e) {
                synchronized (this) {
                    entries.remove(key, entry);
                }
                entry.value.completeExceptionally(e);
                throw e;
            }
            entry.value.complete(value);
            account(key, entry, sizeOf(value));
        }
        try {
            return type.cast(entry.value.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Entries held now (for tests). */
    synchronized int size() {
        return entries.size();
    }

    /** Estimated bytes held now (for tests). */
    synchronized long bytes() {
        return bytes;
    }

    private synchronized void account(Key key, Entry entry, long size) {
        if (entries.get(key) != entry) {
            return;
        }
        entry.bytes = size;
        bytes += size;
        trim();
    }

    /** Drops least recently used entries until both bounds hold (the newest entry always stays). */
    private void trim() {
        Iterator<Entry> it = entries.values().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && entries.size() > 1 && it.hasNext()) {
            bytes -= it.next().bytes;
            it.remove();
        }
    }

    private static long sizeOf(Object value) {
        if (value instanceof byte[] b) {
            return 16 + b.length;
        }
        if (value instanceof FigureResult r) {
            Table t = r.table();
            return 256 + (long) t.rows().size() * Math.max(1, t.columns().size()) * CELL_BYTES + r.summary().length() * 2L;
        }
        return 64;
    }
}
