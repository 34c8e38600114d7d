package fi.kuntadigi.ingestion.transactions;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.run.SourceJob;
import fi.kuntadigi.ingestion.validation.ReferenceIndex;
import fi.kuntadigi.ingestion.validation.RowRule;
import fi.kuntadigi.ingestion.validation.Rules;
import java.util.List;

/**
 * Loads monthly transaction volumes per municipality, service and channel — the basis of
 * digital take-up and digital potential. The largest source: partitioned by year.
 */
public final class TransactionsJob implements SourceJob {

    @Override
    public String source() {
        return "transactions";
    }

    @Override
    public List<RowRule> rules(DatasetSchema dataset, ReferenceIndex index) {
        return List.of(Rules.firstOfMonth(dataset, "month"), Rules.yearOf(dataset, "year", "month"));
    }
}
