package fi.kuntadigi.analytics.maturity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.MethodFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MaturityIndexTest {

    /** The bundled method: goalposts 1 to the top level, weighted arithmetic mean, 0-100. */
    static final Method METHOD = MethodFile.read(Path.of("..", "datasets", "config", "index", "maturity", "method.properties"));
    static final Map<String, Dimension> MODEL = Map.of(
            "strategy", new Dimension("m", "strategy", "Strategia", "Strategy", 1, 5),
            "technology", new Dimension("m", "technology", "Teknologia", "Technology", 3, 5));
    static final LocalDate START = LocalDate.of(2021, 2, 15);
    static final LocalDate END = LocalDate.of(2021, 11, 15);

    static final List<MaturityScore> SCORES = List.of(
            new MaturityScore("start", START, "214", "education", "strategy", 2, 3.0),
            new MaturityScore("start", START, "214", "education", "technology", 3, 4.0),
            new MaturityScore("end", END, "214", "education", "strategy", 3, 3.0),
            new MaturityScore("end", END, "214", "education", "technology", 3, 4.0),
            new MaturityScore("start", START, "214", "technical", "strategy", 1, 2.0),
            new MaturityScore("start", START, "214", "technical", "technology", 1, 2.0));

    private static MaturityIndexRow row(String round, String sector) {
        return MaturityIndex.compute(SCORES, MODEL, METHOD).stream()
                .filter(r -> r.roundId().equals(round) && r.sector().equals(sector)).findFirst().orElseThrow();
    }

    @Test
    void weightedLevelAndIndexWorkedOutByHand() {
        // (1 x 2 + 3 x 3) / 4 = 2.75 -> (2.75 - 1) / 4 x 100 = 43.75
        MaturityIndexRow r = row("start", "education");
        assertEquals(2.75, r.weightedLevel(), 1e-12);
        assertEquals(43.75, r.index(), 1e-12);
    }

    @Test
    void gapToTargetIsTheTargetIndexMinusTheIndex() {
        // target (3 + 12) / 4 = 3.75 -> 68.75; gap 25
        assertEquals(25.0, row("start", "education").gapToTarget(), 1e-12);
    }

    @Test
    void changeIsMeasuredFromTheEarliestRound() {
        // end: (3 + 9) / 4 = 3.0 -> 50; change 50 - 43.75
        assertEquals(6.25, row("end", "education").changeFromStart(), 1e-12);
    }

    @Test
    void changeIsZeroInTheStartRound() {
        // the documented formula on the start round itself: 43.75 - 43.75 = 0, not "unknown"
        assertEquals(0.0, row("start", "education").changeFromStart());
    }

    @Test
    void changeIsUnknownForASectorTheStartRoundDidNotAssess() {
        List<MaturityScore> scores = List.of(
                new MaturityScore("start", START, "214", "education", "strategy", 2, 3.0),
                new MaturityScore("end", END, "214", "technical", "strategy", 3, 3.0));
        MaturityIndexRow technical = MaturityIndex.compute(scores, MODEL, METHOD).stream()
                .filter(r -> r.roundId().equals("end") && r.sector().equals("technical")).findFirst().orElseThrow();
        assertNull(technical.changeFromStart());
    }

    @Test
    void wholeMunicipalityIsTheMeanOfItsSectors() {
        // start: education 2.75, technical 1.0 -> 1.875
        assertEquals(1.875, row("start", MaturityIndex.ALL_SECTORS).weightedLevel(), 1e-12);
    }

    @Test
    void aDimensionNotAssessedLeavesTheOthersWithTheirWeights() {
        // only technology assessed (weight 3): level 4 -> (4 - 1) / 4 x 100 = 75
        List<MaturityIndexRow> rows = MaturityIndex.compute(
                List.of(new MaturityScore("start", START, "181", "social", "technology", 4, null)), MODEL, METHOD);

        assertEquals(4.0, rows.get(0).weightedLevel(), 1e-12);
        assertEquals(75.0, rows.get(0).index(), 1e-12);
        assertNull(rows.get(0).targetIndex());
    }

    @Test
    void assessedDimensionsWithoutWeightAreRefused() {
        Map<String, Dimension> model = Map.of("strategy", new Dimension("m", "strategy", "Strategia", "Strategy", 0, 5));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MaturityIndex.compute(
                List.of(new MaturityScore("start", START, "181", "social", "strategy", 4, null)), model, METHOD));
        assertEquals("maturity model weights of the assessed dimensions sum to 0", e.getMessage());
    }
}
