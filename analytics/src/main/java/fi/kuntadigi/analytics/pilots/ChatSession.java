package fi.kuntadigi.analytics.pilots;

import java.time.LocalDateTime;

/** One chat; {@code waitSeconds} null when not answered. */
public record ChatSession(String id, String municipalityCode, LocalDateTime startedAt, boolean answered,
                          Integer waitSeconds) {
}
