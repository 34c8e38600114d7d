package fi.kuntadigi.dashboard.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.dashboard.DashboardFigures;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text summaries beside the charts. */
class SummariesTest {

    private static final String NBSP = "\u00a0";

    @Test
    void theTotalIsToldApartFromItsPartsWhichTheExtremesAreTakenFrom() {
        Figure budget = DashboardFigures.catalog().get("costs.budget");
        Table table = new Table(List.of("category", "budget_eur", "actual_eur", "variance_eur", "utilisation_pct", "is_total"), List.of(
                Arrays.asList("Henkilöstökulut", 120000.0, 72353.0, 47647.0, 60.3, false),
                Arrays.asList("Matkakulut", 5000.0, 0.0, 5000.0, 0.0, false),
                Arrays.asList("Yhteensä", 125000.0, 72353.0, 52647.0, 57.9, true)));
        assertEquals("Talousarvio: suurin Henkilöstökulut (120" + NBSP + "000" + NBSP + "€), pienin Matkakulut (5" + NBSP + "000" + NBSP + "€); 2 riviä."
                + " Yhteensä (ei kuviossa): Talousarvio 125" + NBSP + "000" + NBSP + "€, Toteuma 72" + NBSP + "353" + NBSP + "€.",
                Summaries.of(budget, table, Messages.of(Lang.FI)));
    }

    @Test
    void runsAreNamedByTheirStartInHelsinkiTimeNotByIds() {
        Figure runs = DashboardFigures.catalog().get("data.runs");
        Table table = new Table(List.of("run_id", "job", "status", "started_at", "finished_at", "rows_read", "rows_published",
                "rows_quarantined"), List.of(
                Arrays.asList("20261127T062035.280Z-8156", "ingest", "succeeded", "2026-11-27T06:20:35.280Z", "2026-11-27T06:21:35Z",
                        88445L, 88445L, 0L),
                Arrays.asList("20261126T220000.000Z-0001", "ingest", "succeeded", "2026-11-26T22:00:00Z", "2026-11-26T22:01:00Z",
                        20L, 20L, 0L)));
        String summary = Summaries.of(runs, table, Messages.of(Lang.FI));
        assertTrue(summary.startsWith("Julkaistuja rivejä: suurin 27.11.2026"), summary);
        assertTrue(summary.contains("8.20 (88" + NBSP + "445), pienin 27.11.2026"), "22.00 UTC is past midnight in Helsinki: " + summary);
        assertFalse(summary.contains("Z"), summary);
    }

    @Test
    void equalValuesAreSaidOnceNotAsTheLargestAndTheSmallest() {
        Figure savings = DashboardFigures.catalog().get("potential.savings");
        Table table = new Table(List.of("service", "gross_saving_eur", "person_years", "net_alone_eur", "net_shared_eur",
                "turns_positive"), List.of(
                Arrays.asList("Bygglov", 215.0, 0.11, -2854.0, 2146.0, 1),
                Arrays.asList("Bibliotekskort", 215.0, 0.11, -2854.0, 2146.0, 1)));
        String summary = Summaries.of(savings, table, Messages.of(Lang.SV));
        assertTrue(summary.endsWith(": \u22122" + NBSP + "854" + NBSP + "€ på varje rad; 2 rader."), summary);
        assertFalse(summary.contains("störst"), summary);
    }

    @Test
    void aSingleRowIsNamedWithItsValue() {
        Figure savings = DashboardFigures.catalog().get("potential.savings");
        Table table = new Table(List.of("service", "gross_saving_eur", "person_years", "net_alone_eur", "net_shared_eur",
                "turns_positive"), List.<List<Object>>of(
                Arrays.asList("Bygglov", 215.0, 0.11, -2854.0, 2146.0, 1)));
        String summary = Summaries.of(savings, table, Messages.of(Lang.EN));
        assertTrue(summary.endsWith(": Bygglov (-2,854" + NBSP + "€)."), summary);
    }

    @Test
    void intervalsOfEqualWidthAreSaidToBeEquallyWide() {
        Figure ranking = DashboardFigures.catalog().get("potential.ranking");
        Table table = new Table(List.of("rank", "label", "index_value", "rank_p05", "rank_median", "rank_p95", "legal_obligation"),
                List.of(Arrays.asList(5, "Bygglov – Påmark", 29.7, 3, 5, 8, false),
                        Arrays.asList(9, "Bibliotekskort – Påmark", 25.7, 7, 9, 12, false)));
        assertEquals("Kaikki vaihteluvälit ovat yhtä leveitä, esimerkiksi Bygglov – Påmark (3–8); 2 riviä.",
                Summaries.of(ranking, table, Messages.of(Lang.FI)));
    }

    @Test
    void theIndexWeightsAreSummarisedByTheirLargestAndSmallest() {
        Figure weights = DashboardFigures.catalog().get("potential.weights");
        Table table = new Table(List.of("indicator_id", "indicator", "weight"), List.of(
                Arrays.asList("handling_hours", "Käsittelytunnit vuodessa (ei-digitaaliset)", 0.2),
                Arrays.asList("readiness", "Asukkaiden valmius sähköiseen asiointiin", 0.1),
                Arrays.asList("sector_maturity", "Toimialan digitaalinen kypsyys", 0.05)));
        assertEquals("Paino: suurin Käsittelytunnit vuodessa (ei-digitaaliset) (0,2), pienin Toimialan digitaalinen kypsyys (0,05); "
                + "3 riviä.", Summaries.of(weights, table, Messages.of(Lang.FI)));
    }
}
