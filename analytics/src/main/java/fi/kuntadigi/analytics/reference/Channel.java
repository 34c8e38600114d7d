package fi.kuntadigi.analytics.reference;

/** A customer service channel with its default unit cost in euro cents. */
public record Channel(String code, String nameFi, String nameEn, boolean digital, long unitCostCents) {
}
