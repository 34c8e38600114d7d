package fi.kuntadigi.analytics.costs;

/** A participant's share of the own funding as written in the application, with the population it used. */
public record StatedShare(String municipalityCode, int population, long statedCents) {
}
