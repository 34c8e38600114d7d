package fi.kuntadigi.ingestion.surveys;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.load.RecordLayout;
import fi.kuntadigi.ingestion.run.SourceJob;

/**
 * Loads survey answers — the March 2021 resident survey and the staff and officials' roadmap
 * survey — from Webropol's wide XLSX exports, one row per answer.
 */
public final class SurveysJob implements SourceJob {

    @Override
    public String source() {
        return "surveys";
    }

    @Override
    public RecordLayout layout(DatasetSchema dataset) {
        return new AnswerColumnsLayout();
    }
}
