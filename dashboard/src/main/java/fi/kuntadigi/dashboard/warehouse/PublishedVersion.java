package fi.kuntadigi.dashboard.warehouse;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.operations.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What the dashboard reads from the {@code _manifest.json} of a published dataset or mart version:
 * the run that published it, when, and its rows (a mart's manifest counts no quarantined rows: null).
 */
public record PublishedVersion(
        @JsonProperty("run_id") String runId,
        @JsonProperty("published_at") String publishedAt,
        @JsonProperty("rows_published") Long rowsPublished,
        @JsonProperty("rows_quarantined") Long rowsQuarantined) {

    /** The manifest of the version published in {@code folder}, if there is one. */
    public static Optional<PublishedVersion> in(Path folder) {
        return Json.readIfPresent(folder.resolve(Warehouse.MANIFEST), PublishedVersion.class)
                .filter(v -> v.publishedAt() != null);
    }

    public Instant published() {
        return Instant.parse(publishedAt);
    }
}
