package fi.kuntadigi.generate;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A municipality as the generators need it.
 *
 * @param code           Statistics Finland code, three digits
 * @param nameFi         Finnish name, as exports write it
 * @param population2018 inhabitants on 31.12.2018 (real for the six, drawn for synthetic ones)
 * @param validTo        last day it exists, or null
 * @param successorCode  municipality it merged into, or null
 * @param synthetic      true for the generated municipalities of the national scale
 */
record Municipality(String code, String nameFi, int population2018, LocalDate validTo, String successorCode,
                    boolean synthetic) {

    /** Whether the municipality exists during the whole month. */
    boolean existsIn(YearMonth month) {
        return validTo == null || !month.atEndOfMonth().isAfter(validTo);
    }

    /** Whether the municipality exists on the given day. */
    boolean existsOn(LocalDate day) {
        return validTo == null || !day.isAfter(validTo);
    }
}
