package fi.kuntadigi.analytics.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A feature reads only the datasets it declares; the refusal comes before the warehouse is touched. */
class AnalysisContextTest {

    private record Roadmap() implements MartJob {
        @Override
        public String feature() {
            return "roadmap";
        }

        @Override
        public Set<DatasetSchema> datasets() {
            return Set.of(Datasets.ROADMAP_STATUS, Datasets.ROADMAP_ACTIONS);
        }

        @Override
        public List<MartTable> compute(AnalysisContext context) {
            return List.of();
        }
    }

    /** A run's context without a warehouse: any read that got past the declaration check would fail otherwise. */
    private static AnalysisContext roadmapContext() {
        return new AnalysisContext(null, null, null, (event, fields) -> { }, table -> { }).of(new Roadmap());
    }

    @Test
    void aDriverSideReadOfAnUndeclaredDatasetNamesTheFeatureAndTheDataset() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> roadmapContext().collect(Datasets.SURVEY_RESPONSES));
        assertEquals("roadmap reads the dataset survey_responses, which it does not declare in its datasets() "
                + "[roadmap_actions, roadmap_status]", e.getMessage());
    }

    @Test
    void aSparkReadOfAnUndeclaredDatasetNamesTheFeatureAndTheDataset() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> roadmapContext().read(Datasets.TRANSACTIONS));
        assertEquals("roadmap reads the dataset transactions, which it does not declare in its datasets() "
                + "[roadmap_actions, roadmap_status]", e.getMessage());
    }
}
