package fi.kuntadigi.analytics.maturity;

import java.time.LocalDate;

/** One self-assessed level of a sector in one dimension and round. */
public record MaturityScore(String roundId, LocalDate assessedOn, String municipalityCode, String sector,
                            String dimensionId, double level, Double targetLevel) {
}
