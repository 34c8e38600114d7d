package fi.kuntadigi.analytics.pilots;

/** One digital-support day. */
public record SupportEvent(String id, String municipalityCode, int participants, int participants65Plus) {
}
