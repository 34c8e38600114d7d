package fi.kuntadigi.dashboard.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.TestWarehouse;
import fi.kuntadigi.dashboard.i18n.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swedish pages read the marts' Finnish labels with the Swedish names the reference data has. */
class SwedishLabelsTest {

    private static final Reference.Snapshot REFERENCE = new Reference.Snapshot(Map.of("608", "Pomarkku"), Map.of("608", "Pomarkku"),
            Set.of(2021), Map.of("Pomarkku", "Påmark", "Rakennuslupa", "Bygglov",
                    "Yhteinen Webropol-ympäristö (Jämijärvi): jakaminen", "Gemensam Webropol-miljö (Jämijärvi): delning"));

    @Test
    void aLabelAndEachPartOfOneAreReplacedWhereSwedishExists() {
        assertEquals("Påmark", REFERENCE.label("Pomarkku", Lang.SV));
        assertEquals("Bygglov – Påmark", REFERENCE.label("Rakennuslupa – Pomarkku", Lang.SV));
        assertEquals("Påmark: Verkkosivut uusitaan", REFERENCE.label("Pomarkku: Verkkosivut uusitaan", Lang.SV), "no Swedish: Finnish kept");
    }

    @Test
    void aListOfTitlesIsReplacedItemByItemEvenWhenATitleHasAColon() {
        assertEquals("Bygglov; Gemensam Webropol-miljö (Jämijärvi): delning",
                REFERENCE.label("Rakennuslupa; Yhteinen Webropol-ympäristö (Jämijärvi): jakaminen", Lang.SV));
    }

    @Test
    void otherLanguagesAreLeftAsTheMartsHaveThem() {
        assertEquals("Rakennuslupa – Pomarkku", REFERENCE.label("Rakennuslupa – Pomarkku", Lang.FI));
        assertEquals(Map.of("608", "Påmark"), REFERENCE.municipalities(Lang.SV));
        assertEquals(List.of(List.of("Påmark", 3)),
                REFERENCE.labels(new Table(List.of("m", "n"), List.of(List.of("Pomarkku", 3))), Lang.SV).rows());
    }

    /** The Finnish labels of the marts' kinds that had no Swedish before: sector, cost category, indicator, solution, generated action. */
    private static final List<String> FINNISH = List.of("Opetus", "Henkilöstökulut", "Asukkaiden valmius sähköiseen asiointiin",
            "Lupapiste.fi-asiointipalvelu", "Sähköistetään palvelu: Rakennuslupa (Lupapiste.fi-asiointipalvelu)",
            "Sähköistetään palvelu: Tontin varaus ja osto (Tunnistautuva sähköinen lomake (Webropol ja Suomi.fi-tunnistus))");

    @Test
    void sectorsCostCategoriesIndicatorsSolutionsAndGeneratedActionsReadInSwedish(@TempDir Path dir) throws Exception {
        try (Duck duck = new Duck()) {
            Reference.Snapshot reference = new Reference(duck, new Warehouse(withServicesAndSolutions(dir))).get();
            assertEquals(List.of("Undervisning", "Personalkostnader", "Invånarnas beredskap för e-tjänster", "Lupapiste.fi-e-tjänsten",
                            "Digitalisera tjänsten: Bygglov (Lupapiste.fi-e-tjänsten)",
                            "Digitalisera tjänsten: Reservering och köp av tomt (Elektronisk blankett med identifiering (Webropol och Suomi.fi-identifikation))"),
                    FINNISH.stream().map(fi -> reference.label(fi, Lang.SV)).toList());
            assertEquals(FINNISH, FINNISH.stream().map(fi -> reference.label(fi, Lang.FI)).toList(), "Finnish pages keep the marts' labels");
            assertEquals(FINNISH, FINNISH.stream().map(fi -> reference.label(fi, Lang.EN)).toList(), "English pages read the _en columns");
        }
    }

    /** The test warehouse with two services and two solutions as the reference datasets have them, Swedish names included. */
    private static Path withServicesAndSolutions(Path dir) throws Exception {
        Path root = TestWarehouse.build(dir.resolve("warehouse"));
        Files.createDirectories(root.resolve("services"));
        Files.createDirectories(root.resolve("solutions"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("copy (select * from (values ('rakennuslupa', 'Rakennuslupa', 'Bygglov'), ('tonttikauppa', 'Tontin varaus ja osto', 'Reservering och köp av tomt'))"
                    + " t(service_code, name_fi, name_sv)) to '" + root.resolve("services/part-0.parquet") + "' (format parquet)");
            s.execute("copy (select * from (values ('lupapiste', 'Lupapiste.fi-asiointipalvelu', 'Lupapiste.fi-e-tjänsten'),"
                    + " ('eform_identified', 'Tunnistautuva sähköinen lomake (Webropol ja Suomi.fi-tunnistus)',"
                    + " 'Elektronisk blankett med identifiering (Webropol och Suomi.fi-identifikation)')) t(solution_id, name_fi, name_sv))"
                    + " to '" + root.resolve("solutions/part-0.parquet") + "' (format parquet)");
        }
        return root;
    }
}
