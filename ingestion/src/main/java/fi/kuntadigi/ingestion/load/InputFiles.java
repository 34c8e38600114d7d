package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.ingestion.source.HeaderMapping;
import fi.kuntadigi.ingestion.source.RecordReader;
import fi.kuntadigi.operations.UnusableInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds a dataset's export files ({@code datasets/<dataset>/*}) and checks each header on the
 * driver before any Spark work starts, so an unusable input fails at once with a clear message.
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static List<BoundInput> bind(Path datasetsDir, DatasetSchema schema, RecordLayout layout) {
        return bind(datasetsDir, schema, layout, List.of());
    }

    /**
     * The dataset's files followed by {@code extra} ones (new exports from the inbox, shown as
     * {@code inbox/<dataset>/<file>}), each header checked and bound.
     */
    public static List<BoundInput> bind(Path datasetsDir, DatasetSchema schema, RecordLayout layout, List<Path> extra) {
        Path folder = datasetsDir.resolve(schema.name());
        String folderName = schema.name() + "/";
        if (!Files.isDirectory(folder)) {
            throw new UnusableInputException(folderName + ": folder is missing from " + datasetsDir
                    + "; put the " + schema.name() + " export (CSV or XLSX) there");
        }
        HeaderMapping mapping = HeaderMapping.load(datasetsDir.resolve("mappings").resolve(schema.name() + ".properties"),
                "mappings/" + schema.name() + ".properties");
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".") && !p.getFileName().toString().startsWith("_"))
                    .filter(p -> !p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UnusableInputException(folderName + ": cannot be listed (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new UnusableInputException(folderName + ": has no export files; put the " + schema.name()
                    + " export (CSV or XLSX) there");
        }
        List<InputName> names = new ArrayList<>();
        files.forEach(f -> names.add(InputName.of(datasetsDir, f)));
        extra.forEach(f -> names.add(new InputName(f.toAbsolutePath().toString(),
                "inbox/" + schema.name() + "/" + f.getFileName())));
        List<BoundInput> bound = new ArrayList<>(names.size());
        for (InputName name : names) {
            Path file = name.toPath();
            try (RecordReader reader = RecordReader.open(file, name.display())) {
                bound.add(new BoundInput(name, layout.bind(schema, name, reader.header(), mapping)));
            } catch (IOException e) {
                throw new UnusableInputException(name.display() + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return bound;
    }
}
