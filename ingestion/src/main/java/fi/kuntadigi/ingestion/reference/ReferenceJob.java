package fi.kuntadigi.ingestion.reference;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.ingestion.run.SourceJob;
import fi.kuntadigi.ingestion.validation.ReferenceIndex;
import fi.kuntadigi.ingestion.validation.RowRule;
import fi.kuntadigi.ingestion.validation.Rules;
import java.util.List;

/**
 * Loads the reference data every other source is checked against: municipalities and their
 * mergers, populations, the service catalogue, channels, the maturity model, pilots and
 * survey questions.
 */
public final class ReferenceJob implements SourceJob {

    @Override
    public String source() {
        return "reference";
    }

    @Override
    public List<RowRule> rules(DatasetSchema dataset, ReferenceIndex index) {
        if (dataset.equals(Datasets.MUNICIPALITIES)) {
            return List.of(Rules.notBefore(dataset, "valid_to", "valid_from"));
        }
        if (dataset.equals(Datasets.PILOTS)) {
            return List.of(Rules.notBefore(dataset, "end_date", "start_date"));
        }
        return List.of();
    }
}
