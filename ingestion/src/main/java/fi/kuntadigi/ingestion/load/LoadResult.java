package fi.kuntadigi.ingestion.load;

import fi.kuntadigi.catalog.DatasetSchema;
import java.time.Duration;
import java.util.List;

/**
 * What loading one dataset did: rows read, published and quarantined (read = published +
 * quarantined, always), the inputs with checksums and where the staged Parquet is.
 */
public record LoadResult(DatasetSchema schema, List<InputChecksum> inputs, long read, long published,
                         long quarantined, Duration elapsed, org.apache.hadoop.fs.Path staged,
                         org.apache.hadoop.fs.Path stagedQuarantine) {

    public LoadResult {
        inputs = List.copyOf(inputs);
        if (read != published + quarantined) {
            throw new IllegalStateException(schema.name() + ": read " + read + " != published " + published
                    + " + quarantined " + quarantined);
        }
    }
}
