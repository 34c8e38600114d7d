package fi.kuntadigi.ingestion.validation;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * When a municipality exists: from {@code validFrom} to {@code validTo} (inclusive, open when
 * null), and the municipality it merged into afterwards.
 */
public record MunicipalityValidity(String code, String name, LocalDate validFrom, LocalDate validTo,
                                   String successorCode) implements Serializable {

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
