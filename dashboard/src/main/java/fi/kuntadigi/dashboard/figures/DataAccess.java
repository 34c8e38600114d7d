package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.warehouse.Duck;
import fi.kuntadigi.dashboard.warehouse.RunRecords;

/** What a figure's source may read: DuckDB, the warehouse folders and the run records. */
public record DataAccess(Duck duck, Warehouse warehouse, RunRecords runs) {
}
