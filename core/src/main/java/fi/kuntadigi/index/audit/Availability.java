package fi.kuntadigi.index.audit;

/**
 * How complete an indicator's data is before imputation.
 *
 * @param code      the indicator
 * @param available the share of units with a value
 */
public record Availability(String code, double available) {
}
