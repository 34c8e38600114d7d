package fi.kuntadigi.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The national code path on a small custom scale: 10 municipalities, 30 services, 2024-2025. */
class NationalScaleTest {

    private static final Scale SMALL = new Scale("small", 10, 2024, 2025, 30, 100_000);

    @TempDir
    static Path tree;

    @BeforeAll
    static void generate() {
        DatasetGenerator.generate(tree, SMALL, 7);
    }

    @Test
    void writesOneCanonicalFilePerMunicipality() throws IOException {
        try (Stream<Path> files = Files.list(tree.resolve("transactions"))) {
            assertEquals(10, files.filter(f -> f.getFileName().toString().startsWith("transactions_")).count());
        }
    }

    @Test
    void writesARowPerServiceChannelAndMonthForExistingMunicipalities() {
        long rows = GeneratedTree.readFile(tree.resolve("transactions/transactions_214.csv")).size();

        assertEquals(30L * 7 * 24, rows);
    }

    @Test
    void mergedHonkajokiHasNoRowsInTheScale() {
        long rows = GeneratedTree.readFile(tree.resolve("transactions/transactions_099.csv")).size();

        assertEquals(0, rows);
    }

    @Test
    void extendsTheReferenceData() {
        assertEquals(10, GeneratedTree.read(tree, "municipalities").size());
        assertEquals(30, GeneratedTree.read(tree, "services").size());
    }

    @Test
    void syntheticMunicipalitiesBringThe2018PopulationToTheScaleTotal() {
        int total = GeneratedTree.read(tree, "population").stream()
                .filter(r -> r.getField("year").equals("2018"))
                .mapToInt(r -> Integer.parseInt(r.getField("population"))).sum();

        assertEquals(100_000, total);
    }
}
