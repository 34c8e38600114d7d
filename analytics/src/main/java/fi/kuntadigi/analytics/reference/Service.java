package fi.kuntadigi.analytics.reference;

/** A customer service of the catalogue. */
public record Service(String code, String ptvClass, String nameFi, String nameEn, String nameSv, String sector, boolean statutory,
                      String legalBasis, boolean identificationRequired, double defaultHandlingMinutes) {
}
