package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.data.Duck;
import fi.kuntadigi.dashboard.data.RunRecords;

/** What a figure's source may read: DuckDB, the warehouse folders and the run records. */
public record DataAccess(Duck duck, Warehouse warehouse, RunRecords runs) {
}
