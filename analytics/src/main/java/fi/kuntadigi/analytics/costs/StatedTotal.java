package fi.kuntadigi.analytics.costs;

/** A total as written in a document. */
public record StatedTotal(String document, String totalId, long amountCents) {
}
