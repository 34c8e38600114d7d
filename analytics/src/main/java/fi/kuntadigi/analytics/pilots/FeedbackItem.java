package fi.kuntadigi.analytics.pilots;

import java.time.LocalDateTime;

/** One feedback item; {@code answeredAt} null when never answered. */
public record FeedbackItem(String id, String municipalityCode, String channel, LocalDateTime receivedAt,
                           LocalDateTime answeredAt, String category, Double latitude, Double longitude) {
}
