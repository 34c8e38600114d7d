package fi.kuntadigi.dashboard.warehouse;

import fi.kuntadigi.catalog.Warehouse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the marts a figure reads are there and newer than the last data load. The answer
 * is what the page shows instead of a chart, with the command that fixes it.
 */
public final class Freshness {

    private final Warehouse warehouse;
    private final RunRecords runs;
    private final WarehouseVersion version;
    /** Answers of the current warehouse version: reading run records and manifests per uncached figure was most of a what-if's time. */
    private volatile Checked checked = new Checked(Long.MIN_VALUE, new ConcurrentHashMap<>());

    private record Checked(long version, Map<List<String>, Optional<Problem>> answers) {
    }

    public Freshness(Warehouse warehouse, RunRecords runs) {
        this.warehouse = warehouse;
        this.runs = runs;
        this.version = WarehouseVersion.of(warehouse);
    }

    /** The problem of the given marts, if any: missing beats stale. Read once per warehouse version. */
    public Optional<Problem> check(List<String> marts) {
        long current = version.current();
        Checked c = checked;
        if (c.version() != current) {
            c = new Checked(current, new ConcurrentHashMap<>());
            checked = c;
        }
        return c.answers().computeIfAbsent(List.copyOf(marts), this::read);
    }

    private Optional<Problem> read(List<String> marts) {
        for (String mart : marts) {
            if (!Files.isDirectory(warehouse.mart(mart))) {
                return Optional.of(new Problem(Kind.MISSING, mart));
            }
        }
        Optional<Instant> lastLoad = runs.lastSuccessfulIngest();
        if (lastLoad.isEmpty()) {
            return Optional.empty();
        }
        for (String mart : marts) {
            Optional<Instant> published = publishedAt(mart);
            if (published.isPresent() && published.get().isBefore(lastLoad.get())) {
                return Optional.of(new Problem(Kind.STALE, mart));
            }
        }
        return Optional.empty();
    }

    /** When the current version of a mart was published, from its manifest. */
    public Optional<Instant> publishedAt(String mart) {
        return PublishedVersion.in(warehouse.mart(mart)).map(PublishedVersion::published);
    }

    /** What is wrong with a mart. */
    public enum Kind { MISSING, STALE }

    /** @param kind what is wrong  @param mart the mart it is wrong with */
    public record Problem(Kind kind, String mart) {
    }
}
