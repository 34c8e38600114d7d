package fi.kuntadigi.ingestion.publish;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.ingestion.load.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Moves a run's staged datasets into the warehouse. Each dataset becomes a complete version
 * folder with its manifest; then the dataset's symlink is swapped to it with one atomic rename.
 * Only the newest {@value #KEEP_VERSIONS} versions are kept.
 */
public final class WarehousePublisher {

    static final int KEEP_VERSIONS = 3;

    private final Warehouse warehouse;

    public WarehousePublisher(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Publishes every load of a run; call only when all of them succeeded. */
    public void publish(String runId, List<LoadResult> loads) throws IOException {
        Instant now = Instant.now();
        for (LoadResult load : loads) {
            String name = load.schema().name();
            Path version = warehouse.versions(name).resolve(runId);
            Path quarantineVersion = warehouse.quarantineVersions(name).resolve(runId);
            Json.write(load.staged().resolve(Warehouse.MANIFEST), Manifest.of(runId, load, now));
            move(load.staged(), version);
            move(load.stagedQuarantine(), quarantineVersion);
            swap(warehouse.dataset(name), version);
            swap(warehouse.quarantine(name), quarantineVersion);
        }
        for (LoadResult load : loads) {
            prune(warehouse.versions(load.schema().name()));
            prune(warehouse.quarantineVersions(load.schema().name()));
        }
    }

    /**
     * Publishes one staged folder that is not a loaded dataset (e.g. an analytics mart): writes
     * {@code manifest} into it, moves it to {@code versions/<runId>}, swaps {@code link} to it and
     * prunes old versions. Readers of {@code link} see the old or the new version, never a mix.
     */
    public void publishFolder(String runId, Path staged, Path versions, Path link, Object manifest) throws IOException {
        Path version = versions.resolve(runId);
        Json.write(staged.resolve(Warehouse.MANIFEST), manifest);
        move(staged, version);
        swap(link, version);
        prune(versions);
    }

    private static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Points {@code link} at {@code target} with a relative symlink, replacing the old link atomically. */
    static void swap(Path link, Path target) throws IOException {
        Files.createDirectories(link.getParent());
        Path relative = link.getParent().relativize(target);
        Path tmp = link.resolveSibling("." + link.getFileName() + ".swap");
        Files.deleteIfExists(tmp);
        Files.createSymbolicLink(tmp, relative);
        if (Files.isDirectory(link) && !Files.isSymbolicLink(link)) {
            throw new IOException(link + " is a folder, not a published link; move it away and run again");
        }
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes all but the newest versions (run ids sort by time). */
    private static void prune(Path versions) throws IOException {
        if (!Files.isDirectory(versions)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> list = Files.list(versions)) {
            all = list.filter(Files::isDirectory).sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        for (Path old : all.subList(Math.min(KEEP_VERSIONS, all.size()), all.size())) {
            deleteTree(old);
        }
    }

    /** Removes a folder and everything in it; used for old versions and abandoned staging. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
