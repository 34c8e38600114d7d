package fi.kuntadigi.analytics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurveyAttackerTest {

    private static final String DISTRIBUTION = "(select * from (values ('q', 'X', 0, null::bigint)) "
            + "t(question_id, area_code, answer, count) where false)";

    /** Municipalities A and B, bands young and old, a yes/no question; rows as a mart would publish them. */
    private static String results(String rows) {
        return "(select * from (values " + rows + ") t(question_id, answer_type, area_code, age_band, answers, "
                + "positive_share, mean, mean_ci_high, suppression_reason))";
    }

    private static String row(String area, String band, Long n, Double share, String reason) {
        return "('q', 'yes_no', '%s', '%s', %s::bigint, %s::double, null::double, null::double, %s)".formatted(area, band,
                n, share, reason == null ? "null::varchar" : "'" + reason + "'");
    }

    @Test
    void findsABandLeftByTheTotalOfItsArea() throws Exception {
        // A: young withheld, old 10 (5 yes), all 13 (6 yes): young = 3 answers, 1 yes, by subtraction
        String results = results(String.join(", ", row("A", "young", null, null, "withheld"),
                row("A", "old", 10L, 0.5, null), row("A", "all", 13L, 6 / 13.0, null),
                row("B", "young", 20L, 0.5, null), row("B", "old", 20L, 0.5, null), row("B", "all", 40L, 0.5, null)));

        List<SurveyAttacker.Finding> findings = new SurveyAttacker(results, DISTRIBUTION, 1.96, 5).findings();

        assertEquals(List.of("q A young answers in [3.00, 3.00]", "q A young positive in [1.00, 1.00]"),
                findings.stream().map(Object::toString).toList());
    }

    @Test
    void usesTheBoundsAReasonCodeReveals() throws Exception {
        // A's bands both withheld, only the total 6 published: alone that leaves 0..6 for each band, but the old
        // rule's "small_group" (0-4) for young and "complementary" (5 or more) for old leave old 5..6, young 0..1
        String results = results(String.join(", ", row("A", "young", null, null, "small_group"),
                row("A", "old", null, null, "complementary"), row("A", "all", 6L, 0.5, null)));

        List<String> findings = new SurveyAttacker(results, DISTRIBUTION, 1.96, 5).findings().stream()
                .filter(f -> f.what().equals("answers")).map(Object::toString).toList();

        assertEquals(List.of("q A old answers in [5.00, 6.00]", "q A young answers in [0.00, 1.00]"), findings);
    }
}
