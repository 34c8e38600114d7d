package fi.kuntadigi.ingestion.publish;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.catalog.Warehouse.Layout;
import fi.kuntadigi.ingestion.load.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.fs.Path;

/**
 * Moves a run's staged datasets into the warehouse. Each dataset becomes a complete version
 * folder with its manifest; then the dataset's pointer (a symlink locally, a pointer file on
 * HDFS or S3; see {@link Warehouse}) is swapped to it in one atomic step. Only the newest
 * {@value #KEEP_VERSIONS} versions are kept (and always the current one).
 */
public final class WarehousePublisher {

    static final int KEEP_VERSIONS = 3;

    private final WarehouseStore store;

    public WarehousePublisher(WarehouseStore store) {
        this.store = store;
    }

    /** Publishes every load of a run; call only when all of them succeeded. */
    public void publish(String runId, List<LoadResult> loads) throws IOException {
        Instant now = Instant.now();
        for (LoadResult load : loads) {
            String name = load.schema().name();
            Path version = new Path(store.path(Layout.versions(name)), runId);
            Path quarantineVersion = new Path(store.path(Layout.quarantineVersions(name)), runId);
            store.writeJson(new Path(load.staged(), Warehouse.MANIFEST), Manifest.of(runId, load, now));
            store.move(load.staged(), version);
            store.move(load.stagedQuarantine(), quarantineVersion);
            store.publish(Layout.dataset(name), version);
            store.publish(Layout.quarantine(name), quarantineVersion);
        }
        for (LoadResult load : loads) {
            String name = load.schema().name();
            store.prune(Layout.versions(name), Layout.dataset(name), KEEP_VERSIONS);
            store.prune(Layout.quarantineVersions(name), Layout.quarantine(name), KEEP_VERSIONS);
        }
    }

    /**
     * Publishes one staged folder that is not a loaded dataset (e.g. an analytics mart): writes
     * {@code manifest} into it, moves it to {@code <versions>/<runId>}, points {@code published} at
     * it and prunes old versions. Readers of {@code published} see the old or the new version, never a mix.
     *
     * @param versions  the versions folder relative to the root, e.g. {@link Layout#martVersions}
     * @param published the published name relative to the root, e.g. {@link Layout#mart}
     */
    public void publishFolder(String runId, Path staged, String versions, String published, Object manifest)
            throws IOException {
        Path version = new Path(store.path(versions), runId);
        store.writeJson(new Path(staged, Warehouse.MANIFEST), manifest);
        store.move(staged, version);
        store.publish(published, version);
        store.prune(versions, published, KEEP_VERSIONS);
    }

    /** Removes a local folder and everything in it (inputs and fixtures; the warehouse goes through {@link WarehouseStore}). */
    public static void deleteTree(java.nio.file.Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<java.nio.file.Path> walk = Files.walk(root)) {
            for (java.nio.file.Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
