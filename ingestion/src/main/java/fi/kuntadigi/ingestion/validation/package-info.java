/**
 * Row validation: typing Finnish and ISO values, ranges, allowed values, referential
 * integrity and the municipality-merger rule. A row either passes or gets one clear reason.
 */
package fi.kuntadigi.ingestion.validation;
