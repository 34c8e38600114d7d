package fi.kuntadigi.analytics.costs;

/** A budgeted or actual amount of a document; {@code item} null = the category's stated total. */
public record CostLine(String document, String kind, String category, String item, long amountCents) {
}
