/**
 * The roadmap scheduler: places the roadmap's actions into quarters under each owner's yearly capacity. Plain Java,
 * used by the analytics' roadmap marts and by the notebooks' what-if.
 */
package fi.kuntadigi.roadmap;
