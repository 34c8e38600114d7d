package fi.kuntadigi.ingestion.maturity;

import fi.kuntadigi.ingestion.run.SourceJob;

/**
 * Loads the maturity-tool self-assessments (XLSX from the assessment tool): a level per
 * municipality, sector and model dimension for each assessment round.
 */
public final class MaturityJob implements SourceJob {

    @Override
    public String source() {
        return "maturity";
    }
}
