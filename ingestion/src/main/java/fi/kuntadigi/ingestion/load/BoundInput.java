package fi.kuntadigi.ingestion.load;

import java.io.Serializable;

/** An input file whose header has been checked and bound to the dataset's columns. */
public record BoundInput(InputName name, RecordLayout.Bound layout) implements Serializable {
}
