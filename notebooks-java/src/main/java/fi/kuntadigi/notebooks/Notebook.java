package fi.kuntadigi.notebooks;

import fi.kuntadigi.catalog.Warehouse;
import java.nio.file.Path;

/**
 * What a notebook script starts from: the warehouse it reads (system property {@code kuntadigi.warehouse},
 * default {@code warehouse}) and the folder it writes into ({@code kuntadigi.out}/NAME, default
 * {@code notebooks-out}/NAME).
 */
public record Notebook(String name, MartReader marts, Report report) {

    /** The context of the notebook {@code name} titled {@code title}. */
    public static Notebook open(String name, String title) {
        Warehouse warehouse = new Warehouse(Path.of(System.getProperty("kuntadigi.warehouse", "warehouse")));
        Path out = Path.of(System.getProperty("kuntadigi.out", "notebooks-out")).resolve(name);
        return new Notebook(name, new MartReader(warehouse), new Report(out, title));
    }
}
