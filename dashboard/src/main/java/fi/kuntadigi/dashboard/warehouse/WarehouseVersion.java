package fi.kuntadigi.dashboard.warehouse;

import fi.kuntadigi.catalog.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A cheap fingerprint of what the warehouse publishes: the modification times of the folders
 * whose entries change when a run publishes (symlinks swapped) or records itself; anything
 * cached under an older fingerprint is out of date.
 *
 * <p>Reading it costs three stat calls (about 10 microseconds of CPU), and a request used to
 * read it five times. It is now read at most once a millisecond per warehouse: a request that
 * starts more than a millisecond after a run published sees the new version (a run takes
 * seconds; nothing can tell such a request from one that came a moment earlier).
 */
public final class WarehouseVersion {

    private static final long FRESH_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final Map<Path, WarehouseVersion> SHARED = new ConcurrentHashMap<>();

    private final Warehouse warehouse;
    private volatile Stamp stamp;

    /** A fingerprint and when it was read ({@link System#nanoTime()}). */
    private record Stamp(long version, long readAt) {
    }

    public WarehouseVersion(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The shared fingerprint of a warehouse (one read a millisecond for all its users). */
    public static WarehouseVersion of(Warehouse warehouse) {
        return SHARED.computeIfAbsent(warehouse.root(), root -> new WarehouseVersion(warehouse));
    }

    public long current() {
        long now = System.nanoTime();
        Stamp s = stamp;
        if (s != null && now - s.readAt() < FRESH_NANOS) {
            return s.version();
        }
        long version = modified(warehouse.root().resolve("marts")) * 31 + modified(warehouse.runs()) * 17
                + modified(warehouse.root());
        stamp = new Stamp(version, now);
        return version;
    }

    private static long modified(Path dir) {
        try {
            BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
            return a.isDirectory() ? a.lastModifiedTime().to(TimeUnit.NANOSECONDS) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
