package fi.kuntadigi.analytics.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PostStratificationTest {

    private static AnswerSummary answers(int... values) {
        AnswerSummary s = new AnswerSummary();
        for (int v : values) {
            s.add(v, v >= 4);
        }
        return s;
    }

    @Test
    void weightsBandSharesByPopulation() {
        // young: 2 of 2 positive, old: 0 of 6 positive; raw share 0.25, population 300 young / 100 old
        Map<String, AnswerSummary> byBand = Map.of("18-29", answers(5, 4), "65-74", answers(1, 2, 2, 3, 1, 2));
        Double share = PostStratification.estimate(byBand, Map.of("18-29", 300, "65-74", 100), AnswerSummary::share);
        assertEquals(0.75, share, 1e-12);
    }

    @Test
    void bandsWithoutAnswersDropOut() {
        Map<String, AnswerSummary> byBand = Map.of("18-29", answers(5), "75+", new AnswerSummary());
        assertEquals(1.0, PostStratification.estimate(byBand, Map.of("18-29", 10, "75+", 990), AnswerSummary::share));
    }

    @Test
    void noPopulationGivesNull() {
        assertNull(PostStratification.estimate(Map.of("18-29", answers(5)), Map.of(), AnswerSummary::share));
    }

    @Test
    void meanAndSampleStandardDeviation() {
        AnswerSummary s = answers(1, 2, 3, 4, 5);
        assertEquals(3.0, s.mean());
        assertEquals(Math.sqrt(2.5), s.sd(), 1e-12);
    }
}
