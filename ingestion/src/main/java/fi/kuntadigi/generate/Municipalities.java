package fi.kuntadigi.generate;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import fi.kuntadigi.catalog.Datasets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The municipalities of a scale: the six real ones of the project, plus synthetic ones for the national
 * scale, ordered by code. Writes {@code municipalities/municipalities.csv}.
 */
final class Municipalities {

    private final List<Municipality> all;
    private final Map<String, Municipality> byCode;
    private final List<NamedCsvRecord> realRecords;

    private Municipalities(List<Municipality> all, List<NamedCsvRecord> realRecords) {
        this.all = all.stream().sorted(Comparator.comparing(Municipality::code)).toList();
        this.byCode = this.all.stream().collect(Collectors.toMap(Municipality::code, Function.identity()));
        this.realRecords = realRecords;
    }

    /** The real municipalities and, above six, synthetic ones drawn from the seed. */
    static Municipalities of(Scale scale, long seed) {
        List<NamedCsvRecord> records = RealData.real("municipalities");
        Map<String, Integer> populations = RealData.real("population_2018").stream().collect(Collectors.toMap(
                r -> r.getField("municipality_code"), r -> Integer.parseInt(r.getField("population"))));
        List<Municipality> list = new ArrayList<>();
        for (NamedCsvRecord r : records) {
            String code = r.getField("municipality_code");
            list.add(new Municipality(code, r.getField("name_fi"), populations.get(code),
                    blankToNull(r.getField("valid_to")).map(LocalDate::parse).orElse(null),
                    blankToNull(r.getField("successor_code")).orElse(null), false));
        }
        long realTotal = populations.values().stream().mapToLong(Integer::longValue).sum();
        list.addAll(SyntheticMunicipalities.draw(scale.municipalities() - list.size(),
                scale.nationalPopulation() - realTotal, list.stream().map(Municipality::code).toList(), seed));
        return new Municipalities(list, records);
    }

    List<Municipality> all() {
        return all;
    }

    Municipality get(String code) {
        return byCode.get(code);
    }

    /** Real municipalities that exist on the given day, e.g. the 2021 pilot participants. */
    List<Municipality> realOn(LocalDate day) {
        return all.stream().filter(m -> !m.synthetic() && m.existsOn(day)).toList();
    }

    void write(Path datasetsDir) {
        try (CsvTable csv = CsvTable.forDataset(datasetsDir, Datasets.MUNICIPALITIES, "municipalities.csv")) {
            for (NamedCsvRecord r : realRecords) {
                csv.row(r.getFields().toArray(String[]::new));
            }
            for (Municipality m : all) {
                if (m.synthetic()) {
                    csv.row(m.code(), m.nameFi(), "", "synthetic", "1900-01-01", "", "",
                            "Synthetic municipality of the national scale; population drawn, not real", "true");
                }
            }
        }
    }

    private static Optional<String> blankToNull(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
