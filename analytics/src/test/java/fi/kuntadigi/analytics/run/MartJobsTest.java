package fi.kuntadigi.analytics.run;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The run starts the features that share a result before the ones that read it, from their declarations. */
class MartJobsTest {

    private record Ranking() {
    }

    private record Readiness() {
    }

    private record Feature(String feature, Set<DatasetSchema> datasets, Set<Class<?>> shares, Set<Class<?>> reads)
            implements MartJob {
        Feature(String feature, Set<Class<?>> shares, Set<Class<?>> reads) {
            this(feature, Set.of(), shares, reads);
        }

        @Override
        public List<MartTable> compute(AnalysisContext context) {
            return List.of();
        }
    }

    @Test
    void theBundledFeaturesInTheOrderTheirMartsAreReported() {
        assertEquals(List.of("maturity", "surveys", "potential", "pilots", "costs", "roadmap"),
                MartJobs.all().stream().map(MartJob::feature).toList());
    }

    @Test
    void aReaderComesAfterItsProducer() {
        Feature roadmap = new Feature("roadmap", Set.of(), Set.of(Ranking.class));
        Feature potential = new Feature("potential", Set.of(Ranking.class), Set.of(Readiness.class));
        Feature surveys = new Feature("surveys", Set.of(Readiness.class), Set.of());
        assertEquals(List.of("surveys", "potential", "roadmap"),
                MartJobs.ordered(List.of(roadmap, potential, surveys)).stream().map(MartJob::feature).toList());
    }

    @Test
    void aResultNoFeatureSharesIsNamed() {
        Feature roadmap = new Feature("roadmap", Set.of(), Set.of(Ranking.class));
        assertEquals("roadmap reads Ranking, which no feature shares",
                assertThrows(IllegalStateException.class, () -> MartJobs.ordered(List.of(roadmap))).getMessage());
    }

    @Test
    void featuresWaitingForEachOtherAreNamed() {
        Feature a = new Feature("a", Set.of(Ranking.class), Set.of(Readiness.class));
        Feature b = new Feature("b", Set.of(Readiness.class), Set.of(Ranking.class));
        assertEquals("features wait for each other's results: [a, b]",
                assertThrows(IllegalStateException.class, () -> MartJobs.ordered(List.of(a, b))).getMessage());
    }

    @Test
    void theBundledFeaturesDeclareOnlyTheCatalogsDatasets() {
        assertDoesNotThrow(() -> MartJobs.checkDatasets(MartJobs.all()));
    }

    @Test
    void aDeclaredDatasetTheCatalogDoesNotListIsNamed() {
        Feature roadmap = new Feature("roadmap", Set.of(Datasets.ROADMAP_ACTIONS, Marts.POTENTIAL_INDEX), Set.of(), Set.of());
        assertEquals("roadmap declares the dataset potential_index, which is not one of the catalog's datasets",
                assertThrows(IllegalStateException.class, () -> MartJobs.checkDatasets(List.of(roadmap))).getMessage());
    }
}
