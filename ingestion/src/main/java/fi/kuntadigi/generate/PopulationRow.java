package fi.kuntadigi.generate;

/**
 * Inhabitants of a municipality on 31 December of a year.
 *
 * @param code       municipality code
 * @param year       statistical year
 * @param population inhabitants
 * @param estimated  true unless an official figure
 * @param source     where the figure comes from
 */
record PopulationRow(String code, int year, int population, boolean estimated, String source) {
}
