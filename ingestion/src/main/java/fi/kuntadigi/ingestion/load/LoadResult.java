package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import java.time.Duration;
import java.util.List;
import org.apache.hadoop.fs.Path;

/**
 * What loading one dataset did: rows read, published and quarantined (read = published +
 * quarantined, always), the inputs with checksums and where the staged Parquet is.
 */
public record LoadResult(DatasetSchema schema, List<InputChecksum> inputs, long read, long published,
                         long quarantined, Duration elapsed, Path staged,
                         Path stagedQuarantine) {

    public LoadResult {
        inputs = List.copyOf(inputs);
        if (read != published + quarantined) {
            throw new IllegalStateException(schema.name() + ": read " + read + " != published " + published
                    + " + quarantined " + quarantined);
        }
    }
}
