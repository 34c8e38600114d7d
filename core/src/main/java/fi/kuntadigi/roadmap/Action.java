package fi.kuntadigi.roadmap;

import fi.kuntadigi.calendar.Quarter;
import java.util.List;

/** A candidate roadmap action; {@code earliest} null = from the roadmap's first quarter. */
public record Action(String id, String owner, String titleFi, String titleEn, String titleSv, String category, String origin,
                     List<String> dependsOn, int effortPersonDays, long costCents, boolean pilot, Quarter earliest,
                     String legalBasis) {

    public Action {
        dependsOn = List.copyOf(dependsOn);
    }

    /** Legal obligations first, then the municipalities' own next steps, then digital potential. */
    public int originRank() {
        return switch (origin) {
            case "legal_obligation" -> 0;
            case "final_report_s8" -> 1;
            default -> 2;
        };
    }
}
