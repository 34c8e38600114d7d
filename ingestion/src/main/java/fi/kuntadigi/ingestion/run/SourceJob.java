package fi.kuntadigi.ingestion.run;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.ingestion.load.ColumnLayout;
import fi.kuntadigi.ingestion.load.RecordLayout;
import fi.kuntadigi.ingestion.validation.ReferenceIndex;
import fi.kuntadigi.ingestion.validation.RowRule;
import java.util.List;

/**
 * The batch job of one source kind (reference, transactions, pilots, surveys, maturity,
 * costs, roadmap): which datasets it loads, how their exports are laid out and which
 * cross-column rules their rows must meet. Column rules come from the catalog.
 */
public interface SourceJob {

    /** Source kind, as in {@link DatasetSchema#source()}. */
    String source();

    /** Datasets this job loads, in load order. */
    default List<DatasetSchema> datasets() {
        return Datasets.ofSource(source());
    }

    default RecordLayout layout(DatasetSchema dataset) {
        return ColumnLayout.INSTANCE;
    }

    /** Cross-column rules of a dataset's rows; {@code index} holds the keys rows may refer to. */
    default List<RowRule> rules(DatasetSchema dataset, ReferenceIndex index) {
        return List.of();
    }
}
