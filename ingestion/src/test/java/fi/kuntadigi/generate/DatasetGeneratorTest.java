package fi.kuntadigi.generate;

import fi.kuntadigi.calendar.FinnishCalendar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetGeneratorTest {

    /** The bundled tree, relative to the ingestion module where Maven runs the tests. */
    private static final Path BUNDLED = Path.of("..", "datasets");

    @TempDir
    static Path region;

    @BeforeAll
    static void generateRegion() {
        DatasetGenerator.generate(region, Scale.REGION, DatasetGenerator.DEFAULT_SEED);
    }

    @Test
    void sameSeedGivesIdenticalBytes(@TempDir Path again) throws IOException {
        DatasetGenerator.generate(again, Scale.REGION, DatasetGenerator.DEFAULT_SEED);

        assertEquals(contents(region), contents(again));
    }

    @Test
    void bundledDatasetsEqualFreshRegionGeneration() throws IOException {
        Map<String, String> bundled = contents(BUNDLED);
        Map<String, String> generated = contents(region);
        Map<String, String> bundledCopies = new TreeMap<>(bundled);
        bundledCopies.keySet().retainAll(generated.keySet());

        assertEquals(generated, bundledCopies, "every generated file is bundled, byte for byte");
    }

    @Test
    void feedbackPilotItemsMatchTheFinalReport() {
        Map<String, Long> mapItems = GeneratedTree.read(region, "feedback_items").stream()
                .filter(r -> r.getField("channel").equals("map_service"))
                .collect(Collectors.groupingBy(r -> r.getField("municipality_code"), TreeMap::new,
                        Collectors.counting()));

        assertEquals(Map.of("181", 38L, "214", 141L, "608", 38L, "747", 2L), mapItems);
    }

    @Test
    void feedbackGrewEverywhereExceptSiikainen() {
        Map<String, Map<Boolean, Long>> byPeriod = GeneratedTree.read(region, "feedback_items").stream()
                .collect(Collectors.groupingBy(r -> r.getField("municipality_code"),
                        Collectors.partitioningBy(r -> r.getField("channel").equals("map_service"),
                                Collectors.counting())));

        byPeriod.forEach((code, counts) -> assertEquals(!code.equals("747"), counts.get(true) > counts.get(false),
                code));
    }

    @Test
    void mostPilotFeedbackIsAnsweredWithinThreeWorkingDays() {
        List<NamedCsvRecord> pilot = GeneratedTree.read(region, "feedback_items").stream()
                .filter(r -> r.getField("channel").equals("map_service")).toList();
        long fast = pilot.stream().filter(r -> !r.getField("answered_at").isEmpty())
                .filter(r -> FinnishCalendar.workingDaysBetween(
                        LocalDate.parse(r.getField("received_at").substring(0, 10)),
                        LocalDate.parse(r.getField("answered_at").substring(0, 10))) <= 3)
                .count();

        double share = (double) fast / pilot.size();
        assertTrue(share >= 0.75 && share <= 0.90, "share " + share);
    }

    @Test
    void digitalSupportHadFiveEventsAndTwentyFiveElderlyParticipants() {
        List<NamedCsvRecord> events = GeneratedTree.read(region, "digital_support_events");

        assertEquals(5, events.size());
        assertEquals(25, events.stream().mapToInt(r -> Integer.parseInt(r.getField("participants"))).sum());
        assertEquals(25, events.stream().mapToInt(r -> Integer.parseInt(r.getField("participants_65_plus"))).sum());
    }

    @Test
    void kankaanpaaChatsAreHalfAnswered() {
        List<NamedCsvRecord> chats = GeneratedTree.read(region, "chat_sessions").stream()
                .filter(r -> r.getField("municipality_code").equals("214")).toList();
        long answered = chats.stream().filter(r -> r.getField("answered").equals("true")).count();

        assertEquals(164, chats.size());
        assertEquals(82, answered);
    }

    @Test
    void ageBandsAddUpToThePopulation() {
        Map<String, Integer> totals = GeneratedTree.read(region, "population").stream().collect(Collectors.toMap(
                r -> r.getField("municipality_code") + "/" + r.getField("year"),
                r -> Integer.parseInt(r.getField("population"))));
        Map<String, Integer> bandSums = GeneratedTree.read(region, "population_by_age").stream().collect(
                Collectors.groupingBy(r -> r.getField("municipality_code") + "/" + r.getField("year"),
                        Collectors.summingInt(r -> Integer.parseInt(r.getField("population")))));

        assertEquals(totals, bandSums);
    }

    @Test
    void realPopulation2018AddsUpToTheApplicationsRegionTotal() {
        int total = GeneratedTree.read(region, "population").stream()
                .filter(r -> r.getField("year").equals("2018"))
                .mapToInt(r -> Integer.parseInt(r.getField("population"))).sum();

        assertEquals(20_940, total);
    }

    @Test
    void honkajokiHasNoTransactionAfter2020() {
        List<NamedCsvRecord> rows = GeneratedTree.readFile(region.resolve("transactions/transactions_099.csv"));

        assertEquals("2020-12-01", rows.stream().map(r -> r.getField("month")).max(String::compareTo).orElseThrow());
    }

    @Test
    void karviaExportIsWindows1252WithFinnishHeaders() throws IOException {
        byte[] bytes = Files.readAllBytes(region.resolve("transactions/karvia_asiointitapahtumat.csv"));
        String text = new String(bytes, Charset.forName("windows-1252"));

        assertTrue(text.startsWith("Kunta;Palvelu;Kanava;Kuukausi;Vuosi;Määrä;Käsittelyaika (min);Synteettinen\r\n"));
        assertTrue(text.contains("\r\nKarvia;rakennuslupa;paper;1.1.2019;2019;"));
    }

    static Map<String, String> contents(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, String> digests = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
            return digests;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
