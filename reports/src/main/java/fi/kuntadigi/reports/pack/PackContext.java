package fi.kuntadigi.reports.pack;

import java.time.Instant;
import java.util.Optional;

/**
 * What a pack states about itself.
 *
 * @param dataVersion the analyze run whose marts it shows
 * @param computedAt  when those marts were published
 * @param generatedAt when the pack is made
 * @param previous    where the roadmap stood in the last pack of the same language, if there is one
 */
public record PackContext(String dataVersion, Instant computedAt, Instant generatedAt, Optional<RoadmapSnapshot> previous) {
}
