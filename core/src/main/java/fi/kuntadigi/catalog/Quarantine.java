package fi.kuntadigi.catalog;

import static fi.kuntadigi.catalog.Column.optional;
import static fi.kuntadigi.catalog.Column.required;

import java.util.List;

/**
 * Schema of the quarantine: every input row that was not published, with where it came
 * from and what to fix. One quarantine per dataset, replaced by each load of the dataset.
 */
public final class Quarantine {

    private Quarantine() {
    }

    public static final List<Column> COLUMNS = List.of(
            required("run_id", ColumnType.STRING, "Run that read the row"),
            required("dataset", ColumnType.STRING, "Dataset the row was meant for"),
            required("file", ColumnType.STRING, "Input file, relative to the datasets folder"),
            required("line", ColumnType.LONG, "Line in a CSV file or row in a spreadsheet (1 = header)"),
            optional("column", ColumnType.STRING, "Canonical column at fault, if one"),
            optional("value", ColumnType.STRING, "Value as read"),
            required("reason", ColumnType.STRING, "What is wrong and how to fix it"),
            optional("record", ColumnType.STRING, "The whole input row as read"));

    public static DatasetSchema of(DatasetSchema dataset) {
        return new DatasetSchema("quarantine/" + dataset.name(), dataset.source(), 1,
                "Rows of " + dataset.name() + " that were not published", COLUMNS,
                List.of(), List.of(), null);
    }
}
