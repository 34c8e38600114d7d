package fi.kuntadigi.analytics.potential;

import java.util.List;

/** A solution of the catalogue with its costs alone and as one joint solution (euro cents). */
public record Solution(String id, String nameFi, String nameEn, String nameSv, List<String> serviceCodes, long oneOffCents,
                       long yearlyCents, long sharedOneOffCents, long sharedYearlyCents) {
}
