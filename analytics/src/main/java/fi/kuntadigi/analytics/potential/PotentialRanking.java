package fi.kuntadigi.analytics.potential;

import java.util.List;

/** The index ranking handed to the roadmap: units in priority order. */
public record PotentialRanking(List<Entry> entries) {

    /** One service in one municipality with its solution and this municipality's part of the shared cost. */
    public record Entry(String municipalityCode, String serviceCode, double index, int priorityRank, Solution solution,
                        long sharedOneOffCents, boolean identificationRequired) {
    }
}
