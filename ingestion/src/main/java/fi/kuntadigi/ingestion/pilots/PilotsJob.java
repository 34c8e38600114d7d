package fi.kuntadigi.ingestion.pilots;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.ingestion.run.SourceJob;
import fi.kuntadigi.ingestion.validation.ReferenceIndex;
import fi.kuntadigi.ingestion.validation.RowRule;
import fi.kuntadigi.ingestion.validation.Rules;
import java.util.List;

/**
 * Loads the 2021 pilots' statistics: who took part, feedback items, chats, e-form
 * submissions and digital-support days.
 */
public final class PilotsJob implements SourceJob {

    @Override
    public String source() {
        return "pilots";
    }

    @Override
    public List<RowRule> rules(DatasetSchema dataset, ReferenceIndex index) {
        if (dataset.equals(Datasets.PILOT_PARTICIPATION)) {
            return List.of(Rules.notBefore(dataset, "end_date", "start_date"));
        }
        if (dataset.equals(Datasets.FEEDBACK_ITEMS)) {
            return List.of(Rules.notBefore(dataset, "answered_at", "received_at"));
        }
        if (dataset.equals(Datasets.EFORM_SUBMISSIONS)) {
            return List.of(Rules.firstOfMonth(dataset, "month"),
                    Rules.atMost(dataset, "identified_submissions", "submissions"),
                    Rules.atMost(dataset, "paid_submissions", "submissions"));
        }
        if (dataset.equals(Datasets.DIGITAL_SUPPORT_EVENTS)) {
            return List.of(Rules.atMost(dataset, "participants_65_plus", "participants"));
        }
        return List.of();
    }
}
