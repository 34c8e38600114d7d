package fi.kuntadigi.dashboard.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import org.junit.jupiter.api.Test;

/** Batch jobs are named in the page's language; a job the schedule names itself keeps its name. */
class JobNamesTest {

    @Test
    void aCommandIsNamedInEachLanguage() {
        assertEquals("aineistojen lataus", OperationsHtml.job(Messages.of(Lang.FI), "ingest"));
        assertEquals("analys", OperationsHtml.job(Messages.of(Lang.SV), "analyze"));
        assertEquals("nightly load", OperationsHtml.job(Messages.of(Lang.EN), "nightly-ingest"));
    }

    @Test
    void aJobOfTheSchedulesOwnNamingStaysAsItIs() {
        assertEquals("weekly-extra", OperationsHtml.job(Messages.of(Lang.FI), "weekly-extra"));
    }
}
