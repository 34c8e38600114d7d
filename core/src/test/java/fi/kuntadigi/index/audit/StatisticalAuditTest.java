package fi.kuntadigi.index.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.index.TwoUnits;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.MethodFile;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import fi.kuntadigi.index.pipeline.IndexResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatisticalAuditTest {

    @Test
    void cronbachAlphaOfTwoShuffledItems() {
        // var(1,2,3,4) = var(2,1,4,3) = 5/3; totals 3,3,7,7 have variance 16/3: alpha = 2 (1 - (10/3)/(16/3)) = 0.75
        assertEquals(0.75, StatisticalAudit.cronbachAlpha(List.of(new double[] {1, 2, 3, 4}, new double[] {2, 1, 4, 3})), 1e-12);
    }

    @Test
    void identicalItemsAreFullyConsistent() {
        assertEquals(1, StatisticalAudit.cronbachAlpha(List.of(new double[] {1, 2, 3}, new double[] {1, 2, 3})), 1e-12);
    }

    @Test
    void aConstantColumnHasNoCorrelation() {
        assertTrue(Double.isNaN(StatisticalAudit.pearson(new double[] {1, 2, 3}, new double[] {4, 4, 4})));
        assertEquals(-1, StatisticalAudit.pearson(new double[] {1, 2, 3}, new double[] {6, 4, 2}), 1e-12);
    }

    @Test
    void theAuditReportsAvailabilityCorrelationAndRemovalShifts() {
        // a = (1, 2, 3, NaN), b = (3, 2, 1, 4)... three units: a = (0, 5, 10), b = (10, 0, NaN) -> b imputed by mean 5
        Method method = MethodFile.parse("m", "impute = mean\ntreat = none");
        IndexResult r = IndexPipeline.run(TwoUnits.framework(), TwoUnits.data(new double[] {0, 5, 10}, new double[] {10, 0, Double.NaN}), method);

        AuditReport audit = StatisticalAudit.audit(r, method);

        assertEquals(List.of(new Availability("a", 1.0), new Availability("b", 2 / 3.0)), audit.availability());
        // normalised a = (0, 50, 100), b = (100, 0, 50): corr(a, b) = -0.5
        assertEquals(new Correlation("a", "b", "sibling", -0.5), audit.correlations().stream()
                .filter(c -> c.kind().equals("sibling")).findFirst().orElseThrow());
        // index (50, 25, 75): ranks 2, 3, 1; without a: b ranks 1, 3, 2 -> shifts 1, 0, 1
        RemovalEffect withoutA = audit.removals().get(0);
        assertEquals(2 / 3.0, withoutA.meanShift(), 1e-12);
        assertEquals(1, withoutA.maxShift());
    }
}
