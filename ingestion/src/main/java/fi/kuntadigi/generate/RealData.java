package fi.kuntadigi.generate;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written real data: CSV resources under {@code fi/kuntadigi/generate/real/} taken from the
 * project's grant application (2019) and final report (30.11.2021), and the documented modelling
 * assumptions under {@code fi/kuntadigi/generate/assumptions/}. They are the source of truth that the
 * generator copies into {@code datasets/} or builds on.
 */
final class RealData {

    /** Municipalities of the North Satakunta project, Honkajoki included. */
    static final int MUNICIPALITY_COUNT = 6;

    /** Datasets whose real file is copied verbatim into the tree at every scale. */
    static final List<String> COPIED = List.of("channels", "maturity_model", "pilots", "pilot_participation",
            "survey_questions", "solutions", "cost_lines", "stated_totals", "funding_split", "roadmap_actions",
            "roadmap_status");

    private RealData() {
    }

    /** Copies {@code real/<dataset>.csv} to {@code <datasetsDir>/<dataset>/<dataset>.csv}. */
    static void copy(String dataset, Path datasetsDir) {
        Path target = datasetsDir.resolve(dataset).resolve(dataset + ".csv");
        try (InputStream in = open("real/" + dataset + ".csv")) {
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records of a real dataset, e.g. {@code real("services")}. */
    static List<NamedCsvRecord> real(String name) {
        return read("real/" + name + ".csv");
    }

    /** Records of a modelling assumption table, e.g. {@code assumption("service_volumes")}. */
    static List<NamedCsvRecord> assumption(String name) {
        return read("assumptions/" + name + ".csv");
    }

    private static List<NamedCsvRecord> read(String resource) {
        try (InputStream in = open(resource);
             CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
            List<NamedCsvRecord> records = new ArrayList<>();
            reader.forEach(records::add);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = RealData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return in;
    }
}
