package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.data.Table;

/** Produces a figure's table for the given filters. */
@FunctionalInterface
public interface FigureSource {

    Table load(DataAccess data, Filters filters);
}
