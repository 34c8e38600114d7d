package fi.kuntadigi.dashboard.data;

import fi.kuntadigi.catalog.Warehouse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * A cheap fingerprint of what the warehouse publishes: the modification times of the folders
 * whose entries change when a run publishes (symlinks swapped) or records itself. Two stat
 * calls; anything cached under an older fingerprint is out of date.
 */
public final class WarehouseVersion {

    private final Warehouse warehouse;

    public WarehouseVersion(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public long current() {
        return modified(warehouse.root().resolve("marts")) * 31 + modified(warehouse.runs()) * 17
                + modified(warehouse.root());
    }

    private static long modified(Path dir) {
        try {
            return Files.isDirectory(dir) ? Files.getLastModifiedTime(dir).to(java.util.concurrent.TimeUnit.NANOSECONDS) : 0;
        } catch (IOException e) {
            return FileTime.fromMillis(0).toMillis();
        }
    }
}
