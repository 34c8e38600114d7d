package fi.kuntadigi.dashboard.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.catalog.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The run records in {@code warehouse/_runs/*.json}, newest first. */
public final class RunRecords {

    private final Warehouse warehouse;

    public RunRecords(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public List<JsonNode> newestFirst(int limit) {
        Path dir = warehouse.runs();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .limit(limit)
                    .map(Json::read).flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the newest successful ingest run finished. */
    public Optional<Instant> lastSuccessfulIngest() {
        return newestFirst(50).stream()
                .filter(r -> "ingest".equals(Json.text(r, "job")) && String.valueOf(Json.text(r, "status")).startsWith("succeeded"))
                .findFirst()
                .flatMap(Freshness::finishedAt);
    }
}
