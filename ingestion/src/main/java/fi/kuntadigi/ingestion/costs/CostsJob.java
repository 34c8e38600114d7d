package fi.kuntadigi.ingestion.costs;

import fi.kuntadigi.ingestion.run.SourceJob;

/**
 * Loads the project's budget and actual costs, the totals as the documents state them and
 * the participants' funding split, exactly as written (inconsistencies are kept for analytics to report).
 */
public final class CostsJob implements SourceJob {

    @Override
    public String source() {
        return "costs";
    }
}
