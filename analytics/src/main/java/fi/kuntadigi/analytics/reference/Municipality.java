package fi.kuntadigi.analytics.reference;

import java.time.LocalDate;

/** A municipality of the reference data; {@code successorCode} is set for a merged one. */
public record Municipality(String code, String nameFi, String nameSv, LocalDate validTo, String successorCode) {
}
