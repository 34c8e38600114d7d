package fi.kuntadigi.generate;

import fi.kuntadigi.catalog.Datasets;
import java.util.List;
import java.util.stream.IntStream;

/**
 * How a transactions file looks: the canonical CSV, or a "real-looking" municipal export with Finnish
 * headers and the municipality's name instead of its code (read through
 * {@code datasets/mappings/transactions.properties}).
 *
 * @param dialect            CSV dialect
 * @param header             header row
 * @param municipalityByName whether the municipality column holds the Finnish name
 */
record TransactionLayout(CsvDialect dialect, List<String> header, boolean municipalityByName) {

    static final TransactionLayout CANONICAL =
            new TransactionLayout(CsvDialect.CANONICAL, Datasets.TRANSACTIONS.exportColumnNames(), false);

    static final TransactionLayout FINNISH_EXPORT = new TransactionLayout(CsvDialect.FINNISH_EXPORT,
            List.of("Kunta", "Palvelu", "Kanava", "Kuukausi", "Vuosi", "Määrä", "Käsittelyaika (min)",
                    "Synteettinen"), true);

    /** The Finnish export's headers paired with the canonical columns, for the mapping file. */
    static List<MappingFile.Entry> finnishMapping() {
        List<String> canonical = CANONICAL.header();
        List<String> finnish = FINNISH_EXPORT.header();
        return IntStream.range(0, finnish.size())
                .mapToObj(i -> new MappingFile.Entry(finnish.get(i), canonical.get(i))).toList();
    }
}
