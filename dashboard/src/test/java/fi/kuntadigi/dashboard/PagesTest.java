package fi.kuntadigi.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The municipality profile, the officials' view, Swedish pages and the downloads, over real HTTP on the test warehouse. */
class PagesTest {

    @TempDir
    static Path dir;
    static TestServer server;
    static HttpClient steering;

    @BeforeAll
    static void start() throws Exception {
        server = new TestServer(dir);
        steering = TestServer.client();
        assertEquals(303, server.login(steering, "steering").statusCode());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String page(HttpClient client, String path) throws Exception {
        HttpResponse<String> r = server.get(client, path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return r.body();
    }

    private static byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> r = steering.send(HttpRequest.newBuilder(URI.create(server.url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    @Test
    void theMunicipalityProfileNamesItsMunicipalityAndOffersNoAll() throws Exception {
        String fi = page(steering, "/municipality?municipality=747");
        assertTrue(fi.contains("<h1>Kuntaprofiili: Siikainen</h1>"), fi);
        assertFalse(fi.contains("<select id=\"f-municipality\" name=\"municipality\"><option value=\"\">"), "no 'all' option");
        assertTrue(page(steering, "/municipality").contains("<h1>Kuntaprofiili: Kankaanpää</h1>"), "without a choice: Kankaanpää");
        assertTrue(page(steering, "/municipality?municipality=608&lang=sv").contains("<h1>Kommunprofil: Påmark</h1>"));
    }

    @Test
    void theHonkajokiNoteIsOnlyOnKankaanpaasProfile() throws Exception {
        assertTrue(page(steering, "/municipality?municipality=214").contains("Honkajoki liitettiin Kankaanpäähän"));
        assertFalse(page(steering, "/municipality?municipality=747").contains("Honkajo"), "Siikainen's page names no Honkajoki");
    }

    @Test
    void aFigureThatDoesNotReadTheYearSaysSo() throws Exception {
        String fi = page(steering, "/municipality?municipality=214&year=2021");
        // transactions.channels reads the year; transactions.history (all years) does not
        String channels = fi.substring(fi.indexOf("id=\"transactions-channels-h\""), fi.indexOf("id=\"transactions-take_up-h\""));
        assertFalse(channels.contains("Vuosirajaus ei koske"), channels);
        String history = fi.substring(fi.indexOf("id=\"transactions-history-h\""), fi.indexOf("id=\"transactions-channels-h\""));
        assertTrue(history.contains("Vuosirajaus ei koske tätä kuviota: se näyttää kaikki vuodet."), history);
    }

    @Test
    void swedishPagesUseSwedishNamesWhereTheyExist() throws Exception {
        String sv = page(steering, "/municipality?municipality=608&lang=sv");
        assertTrue(sv.contains("<html lang=\"sv\">") && sv.contains(">Kommun</label>") && sv.contains(">Påmark</option>"), sv);
        assertTrue(sv.contains(">Siikais</option>") && !sv.contains(">Pomarkku<"), sv);
        String officials = page(TestServer.client(), "/officials?municipality=214&lang=sv");
        assertTrue(officials.contains("Digital färdplan: Kankaanpää") && officials.contains("Elektronisk lokalbokning. Inte påbörjad ännu."),
                officials);
    }

    @Test
    void aSwedishPageShowsTheSwedishCostFindingAndNoFinnishSentence() throws Exception {
        String sv = page(steering, "/costs?lang=sv");
        assertTrue(sv.contains("Summan stämmer"), sv);
        assertFalse(sv.contains("Summa täsmää"), sv);
        assertTrue(page(steering, "/costs").contains("Summa täsmää"), "the Finnish page keeps the Finnish");
    }

    @Test
    void aSwedishPageShowsTheSwedishPilotSignalWithTheMunicipalitysSwedishName() throws Exception {
        String sv = page(steering, "/pilots?lang=sv");
        assertTrue(sv.contains("Hälften blev obesvarade") && sv.contains("Chatt"), sv);
        assertFalse(sv.contains("Puolet jäi vastaamatta"), sv);
    }

    @Test
    void thePotentialViewSaysInSwedishWhatARankDependsOnMost() throws Exception {
        String sv = page(steering, "/potential?municipality=608&lang=sv");
        assertTrue(sv.contains("Placeringen av tjänsten Bygglov i Påmark beror mest på vikten som ges indikatorn "
                + "”Handläggningstimmar per år (icke-digitala)”: det förklarar ensamt 40 % av variationen i placeringen och "
                + "tillsammans med de andra antagandena 84 %."), sv);
        assertFalse(sv.contains("handling_hours"), "no indicator id where a person reads");
        // the fixture's aggregation drives two of Påmark's three services, the handling hours' weight the building permit
        assertTrue(sv.contains("Oftast påverkar detta antagande placeringen mest (2 av 3 tjänster): aggregeringsmetoden "
                + "(aritmetiskt eller geometriskt medelvärde)."), "the summary names the assumption: " + sv);
        assertTrue(sv.contains("<td>Vikten för indikatorn ”Handläggningstimmar per år (icke-digitala)”</td>"), sv);
    }

    @Test
    void theRoadmapTimelineOfAMunicipalityShowsOnlyTheJointActionsItTakesPartIn() throws Exception {
        // the fixture's joint Webropol environment is Jämijärvi's and Pomarkku's; Suomi.fi identification names nobody: all
        String kankaanpaa = page(TestServer.client(), "/roadmap?municipality=214");
        assertFalse(kankaanpaa.contains("Yhteinen Webropol-ympäristö"), kankaanpaa);
        assertTrue(kankaanpaa.contains("Yhteinen: Suomi.fi-tunnistus käyttöön"), kankaanpaa);
        assertTrue(page(TestServer.client(), "/roadmap?municipality=181").contains("Yhteinen: Yhteinen Webropol-ympäristö"));
    }

    @Test
    void theOfficialsPageListsOnlyTheJointActionsTheMunicipalityTakesPartIn() throws Exception {
        // the fixture's joint Webropol environment is Jämijärvi's and Pomarkku's; Suomi.fi identification names nobody: all
        String kankaanpaa = page(TestServer.client(), "/officials?municipality=214");
        assertFalse(kankaanpaa.contains("Webropol-ympäristö"), kankaanpaa);
        assertTrue(kankaanpaa.contains("Yhdessä muiden kuntien kanssa: Suomi.fi-tunnistus käyttöön. Tehty."), kankaanpaa);
        assertTrue(page(TestServer.client(), "/officials?municipality=181").contains("Yhteinen Webropol-ympäristö"));
    }

    @Test
    void theOfficialsPageSaysTheStatusDateAndNamesAPrerequisiteOnce() throws Exception {
        String fi = page(TestServer.client(), "/officials?municipality=214");
        assertTrue(fi.contains("Tilanne 15. lokakuuta 2022."), "the latest status report: " + fi);
        assertTrue(fi.contains("Sähköinen tilavaraus. Ei vielä aloitettu. Aloitetaan huhti–kesäkuussa. Tehdään, kun kohta 2 on valmis."), fi);
        assertTrue(page(TestServer.client(), "/officials?municipality=214&lang=en").contains("Status as of 15 October 2022."));
        assertTrue(page(TestServer.client(), "/officials?municipality=214&lang=sv").contains("Läget 15 oktober 2022."));
    }

    @Test
    void theOfficialsPageExplainsTheProperNamesItUses() throws Exception {
        String jamijarvi = page(TestServer.client(), "/officials?municipality=181");
        assertTrue(jamijarvi.contains("Webropol: verkkotyökalu, jolla kunta tekee sähköisiä lomakkeita"), jamijarvi);
        assertFalse(page(TestServer.client(), "/officials?municipality=747").contains("Webropol:"), "only the names on the sheet");
    }

    @Test
    void withoutAChoiceTheOfficialsPageHasASheetPerMunicipality() throws Exception {
        String all = page(TestServer.client(), "/officials");
        assertEquals(5, all.split("class=\"sheet\"", -1).length - 1, "five municipalities in today's borders");
    }

    @Test
    void aFinnishCsvOpensInFinnishExcel() throws Exception {
        byte[] csv = bytes("/api/figures/costs.budget/csv?lang=fi");
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(csv[0], csv[1], csv[2]), "UTF-8 byte-order mark");
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals("Aihe;Talousarvio €;Toteuma €;Ero €;Käyttöaste %", lines[0], text);
        List<String> personnel = Arrays.asList(lines[1].split(";", -1));
        assertEquals(List.of("Henkilöstökulut", "80000", "72353", "-7647"), personnel.subList(0, 4), lines[1]);
        assertTrue(personnel.get(4).matches("\\d+,\\d+"), "a decimal comma: " + lines[1]);
    }

    @Test
    void aSwedishCsvHasSwedishHeaders() throws Exception {
        String text = new String(bytes("/api/figures/costs.budget/csv?lang=sv"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF") && text.contains(";Budget €;Utfall €;"), text);
    }

    @Test
    void aSwedishCsvNamesTheCostCategoriesInSwedish() throws Exception {
        String text = new String(bytes("/api/figures/costs.budget/csv?lang=sv"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nPersonalkostnader;80000;") && text.contains("\r\nKöp av tjänster;70000;"), text);
        assertFalse(text.contains("Henkilöstökulut"), text);
    }

    @Test
    void theEnglishCsvStaysPlain() throws Exception {
        String text = new String(bytes("/api/figures/costs.budget/csv?lang=en"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("category,budget_eur,actual_eur,variance_eur,utilisation_pct\r\nPersonnel,80000.0,72353.0"), text);
    }

    @Test
    void everyTableDownloadsAsXlsxWithNumericCells() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/figures/costs.budget/xlsx?lang=fi")))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Talousarvio ja toteuma", sheet.getSheetName());
            assertEquals("Talousarvio €", sheet.getRow(0).getCell(1).getStringCellValue());
            Row personnel = sheet.getRow(1);
            assertEquals("Henkilöstökulut", personnel.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, personnel.getCell(1).getCellType());
            assertEquals(80000.0, personnel.getCell(1).getNumericCellValue());
            assertEquals("#,##0.0##", personnel.getCell(1).getCellStyle().getDataFormatString());
        }
        assertTrue(page(steering, "/costs").contains("href=\"/api/figures/costs.budget/xlsx?lang=fi\""), "the page links it");
    }
}
